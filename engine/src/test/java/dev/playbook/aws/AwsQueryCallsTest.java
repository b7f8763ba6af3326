package dev.playbook.aws;

import static dev.playbook.aws.AwsStub.query;
import static dev.playbook.aws.AwsStub.queryResult;
import static dev.playbook.aws.Tree.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.Action;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Query-protocol operation the playbooks call (RDS, Auto Scaling, EC2, ElastiCache, SNS,
 * ELBv2, STS), through the generic binding over real HTTP: what the SDK put on the wire, and
 * the result tree the step sees.
 */
class AwsQueryCallsTest {

    private static AwsStub aws;
    private AwsProvider provider;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
    }

    @AfterAll
    static void stopAws() {
        aws.close();
    }

    @BeforeEach
    void newProvider() {
        aws.server.resetAll();
        provider = aws.provider();
    }

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    private Map<?, ?> call(String action, Map<String, Object> params) throws Exception {
        Action bound = provider.find(action).orElseThrow();
        return (Map<?, ?>) bound.call(StubContext.defaults(), params);
    }

    @Test
    void rdsPromoteReadReplica() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").willReturn(queryResult("PromoteReadReplica",
                "<DBInstance><DBInstanceIdentifier>basecoat-dr</DBInstanceIdentifier><DBInstanceStatus>modifying</DBInstanceStatus>"
                        + "<BackupRetentionPeriod>7</BackupRetentionPeriod></DBInstance>")));

        Map<?, ?> result = call("aws.rds.promoteReadReplica", Map.of("DBInstanceIdentifier", "basecoat-dr", "BackupRetentionPeriod", 7));

        Map<String, String> form = aws.form("PromoteReadReplica");
        assertEquals("basecoat-dr", form.get("DBInstanceIdentifier"));
        assertEquals("7", form.get("BackupRetentionPeriod"));
        assertEquals("2014-10-31", form.get("Version"));
        assertEquals("modifying", at(result, "DBInstance", "DBInstanceStatus"));
        assertEquals(7L, at(result, "DBInstance", "BackupRetentionPeriod"));
    }

    @Test
    void rdsDescribeDBInstances() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(queryResult("DescribeDBInstances",
                "<DBInstances><DBInstance><DBInstanceIdentifier>basecoat-primary</DBInstanceIdentifier>"
                        + "<DBInstanceStatus>available</DBInstanceStatus><MultiAZ>true</MultiAZ><AllocatedStorage>100</AllocatedStorage>"
                        + "<InstanceCreateTime>2026-01-02T03:04:05.000Z</InstanceCreateTime>"
                        + "<Endpoint><Address>db.example.internal</Address><Port>5432</Port></Endpoint>"
                        + "<ReadReplicaDBInstanceIdentifiers><ReadReplicaDBInstanceIdentifier>basecoat-dr</ReadReplicaDBInstanceIdentifier>"
                        + "</ReadReplicaDBInstanceIdentifiers></DBInstance></DBInstances>")));

        Map<?, ?> result = call("aws.rds.describeDBInstances", Map.of("DBInstanceIdentifier", "basecoat-primary"));

        assertEquals("basecoat-primary", aws.form("DescribeDBInstances").get("DBInstanceIdentifier"));
        assertEquals("available", at(result, "DBInstances", 0, "DBInstanceStatus"));
        assertEquals(true, at(result, "DBInstances", 0, "MultiAZ"));
        assertEquals(100L, at(result, "DBInstances", 0, "AllocatedStorage"));
        assertEquals("2026-01-02T03:04:05Z", at(result, "DBInstances", 0, "InstanceCreateTime"));
        assertEquals(5432L, at(result, "DBInstances", 0, "Endpoint", "Port"));
        assertEquals(List.of("basecoat-dr"), at(result, "DBInstances", 0, "ReadReplicaDBInstanceIdentifiers"));
        assertFalse(((Map<?, ?>) at(result, "DBInstances", 0)).containsKey("DBClusterIdentifier"), "absent members stay absent");
    }

    @Test
    void rdsRebootDBInstanceWithFailover() throws Exception {
        aws.server.stubFor(query("RebootDBInstance").willReturn(queryResult("RebootDBInstance",
                "<DBInstance><DBInstanceIdentifier>basecoat-primary</DBInstanceIdentifier><DBInstanceStatus>rebooting</DBInstanceStatus></DBInstance>")));

        Map<?, ?> result = call("aws.rds.rebootDBInstance", Map.of("DBInstanceIdentifier", "basecoat-primary", "ForceFailover", true));

        assertEquals("true", aws.form("RebootDBInstance").get("ForceFailover"));
        assertEquals("rebooting", at(result, "DBInstance", "DBInstanceStatus"));
    }

    @Test
    void rdsRestoreDBInstanceToPointInTimeSendsIsoTimestamps() throws Exception {
        aws.server.stubFor(query("RestoreDBInstanceToPointInTime").willReturn(queryResult("RestoreDBInstanceToPointInTime",
                "<DBInstance><DBInstanceIdentifier>basecoat-restored</DBInstanceIdentifier><DBInstanceStatus>creating</DBInstanceStatus></DBInstance>")));

        Map<?, ?> result = call("aws.rds.restoreDBInstanceToPointInTime", Map.of(
                "SourceDBInstanceIdentifier", "basecoat-primary",
                "TargetDBInstanceIdentifier", "basecoat-restored",
                "RestoreTime", "2026-11-24T03:00:00Z",
                "DBInstanceClass", "db.r6g.large"));

        Map<String, String> form = aws.form("RestoreDBInstanceToPointInTime");
        assertEquals("basecoat-primary", form.get("SourceDBInstanceIdentifier"));
        assertEquals("basecoat-restored", form.get("TargetDBInstanceIdentifier"));
        assertEquals("2026-11-24T03:00:00Z", form.get("RestoreTime"));
        assertEquals("creating", at(result, "DBInstance", "DBInstanceStatus"));
    }

    @Test
    void rdsCreateDBInstanceReadReplicaWithTags() throws Exception {
        aws.server.stubFor(query("CreateDBInstanceReadReplica").willReturn(queryResult("CreateDBInstanceReadReplica",
                "<DBInstance><DBInstanceIdentifier>basecoat-replica2</DBInstanceIdentifier><DBInstanceStatus>creating</DBInstanceStatus>"
                        + "<ReadReplicaSourceDBInstanceIdentifier>basecoat-dr</ReadReplicaSourceDBInstanceIdentifier></DBInstance>")));

        Map<?, ?> result = call("aws.rds.createDBInstanceReadReplica", Map.of(
                "DBInstanceIdentifier", "basecoat-replica2",
                "SourceDBInstanceIdentifier", "basecoat-dr",
                "Tags", List.of(Map.of("Key", "purpose", "Value", "dr"))));

        Map<String, String> form = aws.form("CreateDBInstanceReadReplica");
        assertEquals("basecoat-dr", form.get("SourceDBInstanceIdentifier"));
        assertEquals("purpose", form.get("Tags.Tag.1.Key"));
        assertEquals("dr", form.get("Tags.Tag.1.Value"));
        assertEquals("basecoat-dr", at(result, "DBInstance", "ReadReplicaSourceDBInstanceIdentifier"));
    }

    @Test
    void autoscalingSetDesiredCapacity() throws Exception {
        aws.server.stubFor(query("SetDesiredCapacity").willReturn(queryResult("SetDesiredCapacity", "")));

        Map<?, ?> result = call("aws.autoscaling.setDesiredCapacity",
                Map.of("AutoScalingGroupName", "basecoat-app", "DesiredCapacity", "5", "HonorCooldown", false));

        Map<String, String> form = aws.form("SetDesiredCapacity");
        assertEquals("basecoat-app", form.get("AutoScalingGroupName"));
        assertEquals("5", form.get("DesiredCapacity"));
        assertEquals("false", form.get("HonorCooldown"));
        assertEquals(Map.of(), result);
    }

    @Test
    void autoscalingUpdateAutoScalingGroupWithNestedLaunchTemplate() throws Exception {
        aws.server.stubFor(query("UpdateAutoScalingGroup").willReturn(queryResult("UpdateAutoScalingGroup", "")));

        call("aws.autoscaling.updateAutoScalingGroup", Map.of("AutoScalingGroupName", "basecoat-app", "MinSize", 2, "MaxSize", 10,
                "LaunchTemplate", Map.of("LaunchTemplateName", "basecoat-app", "Version", "$Latest")));

        Map<String, String> form = aws.form("UpdateAutoScalingGroup");
        assertEquals("2", form.get("MinSize"));
        assertEquals("10", form.get("MaxSize"));
        assertEquals("basecoat-app", form.get("LaunchTemplate.LaunchTemplateName"));
        assertEquals("$Latest", form.get("LaunchTemplate.Version"));
    }

    @Test
    void autoscalingDescribeAutoScalingGroups() throws Exception {
        aws.server.stubFor(query("DescribeAutoScalingGroups").willReturn(queryResult("DescribeAutoScalingGroups",
                "<AutoScalingGroups><member><AutoScalingGroupName>basecoat-app</AutoScalingGroupName><DesiredCapacity>5</DesiredCapacity>"
                        + "<Instances><member><InstanceId>i-1</InstanceId><HealthStatus>Healthy</HealthStatus>"
                        + "<LifecycleState>InService</LifecycleState></member></Instances></member></AutoScalingGroups>")));

        Map<?, ?> result = call("aws.autoscaling.describeAutoScalingGroups", Map.of("AutoScalingGroupNames", List.of("basecoat-app")));

        assertEquals("basecoat-app", aws.form("DescribeAutoScalingGroups").get("AutoScalingGroupNames.member.1"));
        assertEquals(5L, at(result, "AutoScalingGroups", 0, "DesiredCapacity"));
        assertEquals("Healthy", at(result, "AutoScalingGroups", 0, "Instances", 0, "HealthStatus"));
    }

    @Test
    void ec2CreateLaunchTemplateVersionGetsAnIdempotencyTokenFromTheSdk() throws Exception {
        aws.server.stubFor(query("CreateLaunchTemplateVersion").willReturn(AwsStub.xml(200,
                "<CreateLaunchTemplateVersionResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>req-ec2</requestId>"
                        + "<launchTemplateVersion><launchTemplateId>lt-0abc</launchTemplateId><launchTemplateName>basecoat-app</launchTemplateName>"
                        + "<versionNumber>4</versionNumber><defaultVersion>false</defaultVersion></launchTemplateVersion>"
                        + "</CreateLaunchTemplateVersionResponse>")));

        Map<?, ?> result = call("aws.ec2.createLaunchTemplateVersion", Map.of("LaunchTemplateName", "basecoat-app",
                "SourceVersion", "$Latest", "LaunchTemplateData", Map.of("UserData", "IyEvYmluL3NoCg==", "InstanceType", "m5.large")));

        Map<String, String> form = aws.form("CreateLaunchTemplateVersion");
        assertEquals("basecoat-app", form.get("LaunchTemplateName"));
        assertEquals("$Latest", form.get("SourceVersion"));
        assertEquals("IyEvYmluL3NoCg==", form.get("LaunchTemplateData.UserData"));
        assertEquals("m5.large", form.get("LaunchTemplateData.InstanceType"));
        assertTrue(form.getOrDefault("ClientToken", "").matches("[0-9a-f-]{36}"), "the SDK fills the client token: " + form);
        assertEquals(4L, at(result, "LaunchTemplateVersion", "VersionNumber"));
        assertEquals("lt-0abc", at(result, "LaunchTemplateVersion", "LaunchTemplateId"));
    }

    @Test
    void elasticacheCreateSnapshot() throws Exception {
        aws.server.stubFor(query("CreateSnapshot").willReturn(queryResult("CreateSnapshot",
                "<Snapshot><SnapshotName>pre-failover</SnapshotName><SnapshotStatus>creating</SnapshotStatus></Snapshot>")));

        Map<?, ?> result = call("aws.elasticache.createSnapshot", Map.of("ReplicationGroupId", "basecoat-cache", "SnapshotName", "pre-failover"));

        assertEquals("basecoat-cache", aws.form("CreateSnapshot").get("ReplicationGroupId"));
        assertEquals("creating", at(result, "Snapshot", "SnapshotStatus"));
    }

    @Test
    void elasticacheDescribeReplicationGroups() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(queryResult("DescribeReplicationGroups",
                "<ReplicationGroups><ReplicationGroup><ReplicationGroupId>basecoat-cache</ReplicationGroupId><Status>available</Status>"
                        + "<MemberClusters><ClusterId>basecoat-cache-001</ClusterId><ClusterId>basecoat-cache-002</ClusterId></MemberClusters>"
                        + "<NodeGroups><NodeGroup><NodeGroupId>0001</NodeGroupId><PrimaryEndpoint><Address>cache.internal</Address>"
                        + "<Port>6379</Port></PrimaryEndpoint></NodeGroup></NodeGroups></ReplicationGroup></ReplicationGroups>")));

        Map<?, ?> result = call("aws.elasticache.describeReplicationGroups", Map.of("ReplicationGroupId", "basecoat-cache"));

        assertEquals("available", at(result, "ReplicationGroups", 0, "Status"));
        assertEquals(List.of("basecoat-cache-001", "basecoat-cache-002"), at(result, "ReplicationGroups", 0, "MemberClusters"));
        assertEquals("cache.internal", at(result, "ReplicationGroups", 0, "NodeGroups", 0, "PrimaryEndpoint", "Address"));
    }

    @Test
    void elasticacheTestFailoverIsMutating() throws Exception {
        aws.server.stubFor(query("TestFailover").willReturn(queryResult("TestFailover",
                "<ReplicationGroup><ReplicationGroupId>basecoat-cache</ReplicationGroupId><Status>modifying</Status></ReplicationGroup>")));

        Map<?, ?> result = call("aws.elasticache.testFailover", Map.of("ReplicationGroupId", "basecoat-cache", "NodeGroupId", "0001"));

        assertEquals("0001", aws.form("TestFailover").get("NodeGroupId"));
        assertEquals("modifying", at(result, "ReplicationGroup", "Status"));
        assertFalse(provider.find("aws.elasticache.testFailover").orElseThrow().readOnly());
    }

    @Test
    void elasticacheCreateCacheCluster() throws Exception {
        aws.server.stubFor(query("CreateCacheCluster").willReturn(queryResult("CreateCacheCluster",
                "<CacheCluster><CacheClusterId>basecoat-cache-003</CacheClusterId><CacheClusterStatus>creating</CacheClusterStatus></CacheCluster>")));

        Map<?, ?> result = call("aws.elasticache.createCacheCluster", Map.of("CacheClusterId", "basecoat-cache-003",
                "ReplicationGroupId", "basecoat-cache", "PreferredAvailabilityZone", "us-east-1b"));

        Map<String, String> form = aws.form("CreateCacheCluster");
        assertEquals("basecoat-cache-003", form.get("CacheClusterId"));
        assertEquals("us-east-1b", form.get("PreferredAvailabilityZone"));
        assertEquals("creating", at(result, "CacheCluster", "CacheClusterStatus"));
    }

    @Test
    void snsPublishWithMessageAttributes() throws Exception {
        aws.server.stubFor(query("Publish").willReturn(queryResult("Publish", "<MessageId>msg-42</MessageId>")));

        Map<?, ?> result = call("aws.sns.publish", Map.of("TopicArn", "arn:aws:sns:us-east-1:123456789012:dr", "Subject", "Failover",
                "Message", "Regional failover started", "MessageAttributes", Map.of("severity", Map.of("DataType", "String", "StringValue", "high"))));

        Map<String, String> form = aws.form("Publish");
        assertEquals("Regional failover started", form.get("Message"));
        assertEquals("severity", form.get("MessageAttributes.entry.1.Name"));
        assertEquals("high", form.get("MessageAttributes.entry.1.Value.StringValue"));
        assertEquals("msg-42", at(result, "MessageId"));
    }

    @Test
    void elbv2DescribeTargetHealth() throws Exception {
        aws.server.stubFor(query("DescribeTargetHealth").willReturn(queryResult("DescribeTargetHealth",
                "<TargetHealthDescriptions><member><Target><Id>i-1</Id><Port>8080</Port></Target>"
                        + "<TargetHealth><State>healthy</State></TargetHealth></member></TargetHealthDescriptions>")));

        Map<?, ?> result = call("aws.elasticloadbalancingv2.describeTargetHealth",
                Map.of("TargetGroupArn", "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/app/1"));

        assertEquals("arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/app/1", aws.form("DescribeTargetHealth").get("TargetGroupArn"));
        assertEquals("healthy", at(result, "TargetHealthDescriptions", 0, "TargetHealth", "State"));
        assertEquals(8080L, at(result, "TargetHealthDescriptions", 0, "Target", "Port"));
    }

    @Test
    void stsGetCallerIdentityAsPreflight() throws Exception {
        aws.server.stubFor(query("GetCallerIdentity").willReturn(queryResult("GetCallerIdentity",
                "<Arn>arn:aws:iam::123456789012:user/oncall</Arn><UserId>AIDATEST</UserId><Account>123456789012</Account>")));

        Map<String, Object> identity = provider.preflight(null);

        assertEquals("2011-06-15", aws.form("GetCallerIdentity").get("Version"));
        assertEquals("123456789012", identity.get("Account"));
        assertEquals("arn:aws:iam::123456789012:user/oncall", identity.get("Arn"));
    }
}
