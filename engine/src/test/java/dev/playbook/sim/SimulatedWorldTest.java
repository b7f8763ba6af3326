package dev.playbook.sim;

import static dev.playbook.sim.SimHarness.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.ActionException;
import dev.playbook.sim.world.WorldEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the simulated world behaves, call by call, on the virtual clock. */
class SimulatedWorldTest {

    private static final String EAST = "us-east-1";
    private static final String WEST = "us-west-2";
    private static final String REPLICA = "basecoat-portal-db-read-replica";

    private static boolean between(Duration d, int minMinutes, int maxMinutes) {
        return d.compareTo(Duration.ofMinutes(minMinutes)) >= 0 && d.compareTo(Duration.ofMinutes(maxMinutes).plusSeconds(30)) <= 0;
    }

    @Test
    void aPromotedReplicaStillReadsAvailableThenModifyingAndIsAStandaloneWritablePrimaryFiveToTenMinutesLater() throws Exception {
        try (SimHarness sim = SimHarness.quiet()) {
            Map<String, Object> promoted = sim.call("aws.rds.promoteReadReplica", WEST, "DBInstanceIdentifier", REPLICA);
            assertEquals("available", at(promoted, "DBInstance.DBInstanceStatus"));
            assertEquals("arn:aws:rds:us-east-1:123456789012:db:basecoat-portal-db", at(promoted, "DBInstance.ReadReplicaSourceDBInstanceIdentifier"));
            sim.passes(Duration.ofMinutes(1));
            Map<String, Object> during = sim.call("aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA);
            assertEquals("modifying", at(during, "DBInstances[0].DBInstanceStatus"));
            Duration done = sim.until(r -> at(r, "DBInstances[0].ReadReplicaSourceDBInstanceIdentifier") == null, Duration.ofMinutes(15),
                    "aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA);
            assertTrue(between(done.plusMinutes(1), 5, 10), done.toString());
            assertEquals("available", at(sim.call("aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA), "DBInstances[0].DBInstanceStatus"));
            ActionException again = sim.fails("aws.rds.promoteReadReplica", WEST, "DBInstanceIdentifier", REPLICA);
            assertEquals("InvalidDBInstanceState", again.code());
        }
    }

    @Test
    void aFaultWhoseTargetThePlaybookRenamedHasNoEffectAndSaysSoInsteadOfFailingTheNextStep() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: database-hang, at: 20m, database: basecoat-portal-db}
                """)) {
            sim.call("aws.rds.modifyDBInstance", EAST, "DBInstanceIdentifier", "basecoat-portal-db",
                    "NewDBInstanceIdentifier", "basecoat-portal-db-old", "ApplyImmediately", true);
            sim.passes(Duration.ofMinutes(30));

            assertEquals("available", at(sim.call("aws.rds.describeDBInstances", EAST, "DBInstanceIdentifier", "basecoat-portal-db-old"),
                    "DBInstances[0].DBInstanceStatus"));
            assertTrue(sim.simulation.world().events().stream().anyMatch(e -> e.kind() == WorldEvent.Kind.FAULT
                    && e.text().startsWith("the fault had no effect: ") && e.text().contains("basecoat-portal-db")),
                    sim.simulation.world().events()::toString);
        }
    }

    @Test
    void aRebootTakesMinutesAndClearsAHangButNotAHardwareFailure() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: database-hang, at: 0s, database: basecoat-portal-db}
                """)) {
            assertEquals(503L, sim.call("http.get", null, "url", "https://basecoat-portal.prod.example.com/health").get("status"));
            assertEquals("rebooting", at(sim.call("aws.rds.rebootDBInstance", EAST, "DBInstanceIdentifier", "basecoat-portal-db"),
                    "DBInstance.DBInstanceStatus"));
            Duration rebooted = sim.until(r -> "available".equals(at(r, "DBInstances[0].DBInstanceStatus")), Duration.ofMinutes(10),
                    "aws.rds.describeDBInstances", EAST, "DBInstanceIdentifier", "basecoat-portal-db");
            assertTrue(between(rebooted, 1, 4), rebooted.toString());
            assertEquals(200L, sim.call("http.get", null, "url", "https://basecoat-portal.prod.example.com/health").get("status"));
        }
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: database-hardware-failure, at: -1m}
                """)) {
            ActionException reboot = sim.fails("aws.rds.rebootDBInstance", EAST, "DBInstanceIdentifier", "basecoat-portal-db");
            assertEquals("InvalidDBInstanceState", reboot.code());
            assertTrue(reboot.getMessage().contains("is not in available state (it is failed)"), reboot.getMessage());
        }
    }

    @Test
    void raisingDesiredCapacityLaunchesPendingInstancesThatAreInServiceThreeToTenMinutesLater() throws Exception {
        try (SimHarness sim = SimHarness.quiet()) {
            String dr = "https://basecoat-portal-dr.prod.example.com/health";
            assertEquals(503L, sim.call("http.get", null, "url", dr).get("status"), "no instances behind the DR load balancer yet");
            sim.call("aws.autoscaling.setDesiredCapacity", WEST, "AutoScalingGroupName", "basecoat-portal-asg-dr", "DesiredCapacity", 5L);
            Map<String, Object> group = sim.call("aws.autoscaling.describeAutoScalingGroups", WEST, "AutoScalingGroupNames", List.of("basecoat-portal-asg-dr"));
            assertEquals(5, ((List<?>) at(group, "AutoScalingGroups[0].Instances")).size());
            assertEquals("Pending", at(group, "AutoScalingGroups[0].Instances[0].LifecycleState"));
            Duration first = sim.until(r -> (long) r.get("status") == 200, Duration.ofMinutes(11), "http.get", null, "url", dr);
            assertTrue(between(first, 3, 10), first.toString());
            Duration all = sim.until(r -> ((List<?>) at(r, "AutoScalingGroups[0].Instances")).stream()
                            .allMatch(i -> "InService".equals(((Map<?, ?>) i).get("LifecycleState"))), Duration.ofMinutes(11),
                    "aws.autoscaling.describeAutoScalingGroups", WEST, "AutoScalingGroupNames", List.of("basecoat-portal-asg-dr"));
            assertTrue(between(first.plus(all), 3, 10));
            ActionException tooMany = sim.fails("aws.autoscaling.setDesiredCapacity", WEST, "AutoScalingGroupName", "basecoat-portal-asg-dr",
                    "DesiredCapacity", 20L);
            assertEquals("ValidationError", tooMany.code());
        }
    }

    @Test
    void aDnsChangeIsPendingThenInsyncWithinFiveMinutesAndClientsFollowAfterTheirCacheExpires() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: region-outage, at: -5m, region: us-east-1}
                """)) {
            sim.call("aws.autoscaling.setDesiredCapacity", WEST, "AutoScalingGroupName", "basecoat-portal-asg-dr", "DesiredCapacity", 2L);
            sim.passes(Duration.ofMinutes(11));
            Map<String, Object> change = sim.call("aws.route53.changeResourceRecordSets", null, "HostedZoneId", "Z123456", "ChangeBatch", Map.of(
                    "Changes", List.of(Map.of("Action", "UPSERT", "ResourceRecordSet", Map.of("Name", "basecoat-portal.prod.example.com", "Type", "A",
                            "AliasTarget", Map.of("HostedZoneId", "Z1234US-WEST", "DNSName", "basecoat-alb-dr.us-west-2.elb.amazonaws.com",
                                    "EvaluateTargetHealth", false))))));
            assertEquals("PENDING", at(change, "ChangeInfo.Status"));
            Duration insync = sim.until(r -> "INSYNC".equals(at(r, "ChangeInfo.Status")), Duration.ofMinutes(6), "aws.route53.getChange", null,
                    "Id", at(change, "ChangeInfo.Id"));
            assertTrue(insync.compareTo(Duration.ofSeconds(30)) >= 0 && insync.compareTo(Duration.ofMinutes(5).plusSeconds(10)) <= 0, insync.toString());
            Duration followed = sim.until(r -> WEST.equals(at(r, "body.region")), Duration.ofMinutes(2), "http.get", null,
                    "url", "https://basecoat-portal.prod.example.com/health", "timeout", "1s");
            assertTrue(followed.compareTo(Duration.ofSeconds(70)) <= 0, followed.toString());
        }
    }

    @Test
    void aPointInTimeRestoreIsANewInstanceTensOfMinutesLaterWithTheDataAsOfTheRestoreTime() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: data-corruption, at: -30m, database: basecoat-portal-db}
                """)) {
            assertEquals(500L, sim.call("http.get", null, "url", "https://basecoat-portal.prod.example.com/api/users/1").get("status"));
            sim.call("aws.rds.restoreDBInstanceToPointInTime", EAST, "SourceDBInstanceIdentifier", "basecoat-portal-db",
                    "TargetDBInstanceIdentifier", "before", "RestoreTime", Drills.START.minus(Duration.ofHours(1)).toString(),
                    "VpcSecurityGroupIds", List.of("sg-0a1b2c3d4e5f60718"));
            sim.call("aws.rds.restoreDBInstanceToPointInTime", EAST, "SourceDBInstanceIdentifier", "basecoat-portal-db",
                    "TargetDBInstanceIdentifier", "after", "UseLatestRestorableTime", true);
            Duration restored = sim.until(r -> "available".equals(at(r, "DBInstances[0].DBInstanceStatus")), Duration.ofMinutes(70),
                    "aws.rds.describeDBInstances", EAST, "DBInstanceIdentifier", "before");
            assertTrue(between(restored, 20, 60), restored.toString());
            ActionException late = sim.fails("aws.rds.restoreDBInstanceToPointInTime", EAST, "SourceDBInstanceIdentifier", "basecoat-portal-db",
                    "TargetDBInstanceIdentifier", "future", "RestoreTime", Drills.START.plus(Duration.ofHours(2)).toString());
            assertEquals("InvalidRestoreFault", late.code());
            var world = sim.simulation.world();
            assertNull(world.rds().find(EAST, "before").corruptedAt(), "restored to before the damage");
            assertEquals(Drills.START.minus(Duration.ofMinutes(30)), world.rds().find(EAST, "after").corruptedAt(), "the latest restorable time includes it");
        }
    }

    @Test
    void losingTheCachePrimaryFailsOverToTheReplicaWithinMinutesWhileTheAppRunsWithoutItsCache() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: cache-node-loss, at: 0s, node: basecoat-portal-cache-001}
                """)) {
            Map<String, Object> during = sim.call("aws.elasticache.describeReplicationGroups", EAST, "ReplicationGroupId", "basecoat-portal-cache");
            assertEquals("modifying", at(during, "ReplicationGroups[0].Status"));
            assertNull(at(during, "ReplicationGroups[0].NodeGroups[0].PrimaryEndpoint"));
            Duration failover = sim.until(r -> "available".equals(at(r, "ReplicationGroups[0].NodeGroups[0].Status")), Duration.ofMinutes(5),
                    "aws.elasticache.describeReplicationGroups", EAST, "ReplicationGroupId", "basecoat-portal-cache");
            assertTrue(failover.compareTo(Duration.ofSeconds(30)) >= 0 && failover.compareTo(Duration.ofMinutes(2)) <= 0, failover.toString());
            Map<String, Object> after = sim.call("aws.elasticache.describeReplicationGroups", EAST, "ReplicationGroupId", "basecoat-portal-cache");
            assertEquals("primary", at(after, "ReplicationGroups[0].NodeGroups[0].NodeGroupMembers[1].CurrentRole"));
            Map<String, Object> events = sim.call("aws.elasticache.describeEvents", EAST, "SourceIdentifier", "basecoat-portal-cache", "Duration", 60L);
            assertTrue(String.valueOf(events).contains("Failover from master node basecoat-portal-cache-001 to replica node basecoat-portal-cache-002 completed"));
        }
    }

    @Test
    void metricsFollowTheWorldsHealth() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: instances-fail-health-checks, at: -10m, group: basecoat-portal-asg, count: 1}
                  - {fault: region-outage, at: -3m, region: us-east-1}
                """)) {
            Map<String, Object> lag = sim.call("aws.cloudwatch.getMetricStatistics", WEST, "Namespace", "AWS/RDS", "MetricName", "ReplicaLag",
                    "Dimensions", List.of(Map.of("Name", "DBInstanceIdentifier", "Value", REPLICA)), "StartTime", Drills.START.minusSeconds(300).toString(),
                    "EndTime", Drills.START.toString(), "Period", 300L, "Statistics", List.of("Maximum"));
            assertEquals(120.0, at(lag, "Datapoints[0].Maximum"), "replication stopped when us-east-1 went down, three minutes ago");
            ActionException down = sim.fails("aws.cloudwatch.getMetricStatistics", EAST, "Namespace", "AWS/ApplicationELB",
                    "MetricName", "HTTPCode_Target_5XX_Count", "StartTime", Drills.START.minusSeconds(900).toString(),
                    "EndTime", Drills.START.toString(), "Period", 900L, "Statistics", List.of("Sum"));
            assertEquals("ConnectionFailed", down.code());
        }
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: instances-fail-health-checks, at: 0s, group: basecoat-portal-asg, count: 1}
                """)) {
            sim.passes(Duration.ofMinutes(5));
            Map<String, Object> errors = sim.call("aws.cloudwatch.getMetricStatistics", EAST, "Namespace", "AWS/ApplicationELB",
                    "MetricName", "HTTPCode_Target_5XX_Count", "Dimensions", List.of(Map.of("Name", "LoadBalancer", "Value", "app/basecoat-alb/4f3c2b1a0e9d8c7b")),
                    "StartTime", Drills.START.toString(), "EndTime", Drills.START.plusSeconds(300).toString(), "Period", 300L, "Statistics", List.of("Sum"));
            double sum = (double) at(errors, "Datapoints[0].Sum");
            assertTrue(sum >= 300 && sum <= 600, "a quarter of 1,200 requests a minute until the target is marked unhealthy: " + sum);
            Map<String, Object> placeholder = sim.call("aws.cloudwatch.getMetricStatistics", EAST, "Namespace", "AWS/ApplicationELB",
                    "MetricName", "HTTPCode_Target_5XX_Count", "Dimensions", List.of(Map.of("Name", "LoadBalancer", "Value", "app/basecoat-alb/REPLACE-ME")),
                    "StartTime", Drills.START.toString(), "EndTime", Drills.START.plusSeconds(300).toString(), "Period", 300L, "Statistics", List.of("Sum"));
            assertEquals(List.of(), placeholder.get("Datapoints"), "like CloudWatch, a dimension that names no load balancer has no data");
        }
    }

    @Test
    void aRegionOutageStopsItsApisAndItsEndpointWhileRoute53AndTheOtherRegionAnswer() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: region-outage, at: 0s, region: us-east-1}
                """)) {
            ActionException api = sim.fails("aws.rds.describeDBInstances", EAST, "DBInstanceIdentifier", "basecoat-portal-db");
            assertEquals("ConnectionFailed", api.code());
            assertTrue(api.retryable());
            Duration before = sim.elapsed();
            ActionException http = sim.fails("http.get", null, "url", "https://basecoat-portal.prod.example.com/health", "timeout", "10s");
            assertEquals("ConnectTimeout", http.code());
            assertEquals(Duration.ofSeconds(10), sim.elapsed().minus(before), "a connect timeout costs its time on the run's clock");
            assertEquals(2, ((List<?>) sim.call("aws.route53.listResourceRecordSets", null, "HostedZoneId", "Z123456").get("ResourceRecordSets")).size());
            assertEquals("available", at(sim.call("aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA), "DBInstances[0].DBInstanceStatus"));
        }
    }

    @Test
    void throttlingIsRetriedLikeTheSdkAndOnlyABurstFailsTheCall() throws Exception {
        try (SimHarness sim = SimHarness.with("""
                faults:
                  - {fault: api-throttling, at: 0s, service: rds, region: us-west-2, operations: [describe*], rate: 1.0, for: 10m}
                """)) {
            ActionException throttled = sim.fails("aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA);
            assertEquals("Throttling", throttled.code());
            assertTrue(throttled.retryable());
            assertEquals("available", at(sim.call("aws.rds.promoteReadReplica", WEST, "DBInstanceIdentifier", REPLICA), "DBInstance.DBInstanceStatus"),
                    "only describe calls are throttled");
            sim.passes(Duration.ofMinutes(10));
            assertFalse(sim.call("aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA).isEmpty(), "the throttling is over");
        }
    }

    @Test
    void anOperationTheSimulatorDoesNotModelFailsClearlyUnlessTheScenarioStubsIt() throws Exception {
        try (SimHarness sim = SimHarness.quiet()) {
            ActionException e = sim.fails("aws.rds.deleteDBInstance", EAST, "DBInstanceIdentifier", "basecoat-portal-db");
            assertEquals("NotSimulated", e.code());
            assertTrue(e.getMessage().startsWith("not simulated: aws.rds.deleteDBInstance"), e.getMessage());
            assertTrue(e.getMessage().contains("stub"), e.getMessage());
            assertTrue(sim.fails("shell", null, "argv", List.of("pg_dump", "basecoat_db")).getMessage().startsWith("not simulated: shell `pg_dump`"));
            assertTrue(sim.fails("http.get", null, "url", "https://status.aws.amazon.com/").getMessage().startsWith("not simulated: http.get"));
        }
        try (SimHarness sim = SimHarness.with("""
                stubs:
                  - action: aws.rds.deleteDBInstance
                    with: {DBInstanceIdentifier: basecoat-portal-db-corrupted}
                    result: {DBInstance: {DBInstanceIdentifier: basecoat-portal-db-corrupted, DBInstanceStatus: deleting}}
                  - action: shell
                    with: {argv: [pg_dump]}
                    error: {code: NonZeroExit, message: "exit code 1: pg_dump: error: connection refused"}
                """)) {
            assertEquals("deleting", at(sim.call("aws.rds.deleteDBInstance", EAST, "DBInstanceIdentifier", "basecoat-portal-db-corrupted"),
                    "DBInstance.DBInstanceStatus"));
            assertEquals("NotSimulated", sim.fails("aws.rds.deleteDBInstance", EAST, "DBInstanceIdentifier", "other").code());
            assertEquals("NonZeroExit", sim.fails("shell", null, "argv", List.of("pg_dump", "-h", "x")).code());
        }
    }

    @Test
    void psqlAndTerraformAreAnsweredByTheSimulator() throws Exception {
        try (SimHarness sim = SimHarness.quiet()) {
            String host = String.valueOf(at(sim.call("aws.rds.describeDBInstances", EAST, "DBInstanceIdentifier", "basecoat-portal-db"),
                    "DBInstances[0].Endpoint.Address"));
            Map<String, Object> count = sim.call("shell", null, "argv", List.of("psql", "-X", "-h", host, "-U", "postgres", "-d", "basecoat_db", "-At",
                    "-c", "SELECT count(*) FROM users;"));
            assertEquals(0L, count.get("exit_code"));
            assertEquals("48213\n", count.get("stdout"));
            String replica = String.valueOf(at(sim.call("aws.rds.describeDBInstances", WEST, "DBInstanceIdentifier", REPLICA),
                    "DBInstances[0].Endpoint.Address"));
            ActionException readOnly = sim.fails("shell", null, "argv", List.of("psql", "-h", replica, "-c", "INSERT INTO users VALUES (1)"));
            assertTrue(readOnly.getMessage().contains("read-only transaction"), readOnly.getMessage());
            Map<String, Object> applied = sim.call("shell", null, "argv", List.of("terraform", "apply", "-auto-approve",
                    "-var=aws_primary_region=us-west-2", "-var=compute_desired_capacity=3"));
            assertTrue(String.valueOf(applied.get("stdout")).startsWith("Apply complete!"));
            assertEquals(3L, at(sim.call("aws.autoscaling.describeAutoScalingGroups", WEST), "AutoScalingGroups[0].DesiredCapacity"));
        }
    }
}
