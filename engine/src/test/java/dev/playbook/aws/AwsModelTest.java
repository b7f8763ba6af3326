package dev.playbook.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.Action;
import dev.playbook.action.Param;
import dev.playbook.action.ParamProblem;
import dev.playbook.action.Signature;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline half of the binding: names, hints, signatures and parameter checks, from the SDK model alone. */
class AwsModelTest {

    private final AwsProvider provider = new AwsProvider();

    private AwsOperation op(String name) {
        return provider.operation(name).orElseThrow();
    }

    /**
     * Runs without the AWS stub, so with no credentials or region configured. EC2 is sampled:
     * loading all of its ~800 operations' model classes alone takes over ten seconds.
     */
    @Test
    void signaturesComeFromTheModelWithoutClientsOrCredentials() {
        assertTrue(provider.names().size() > 1000, "all bundled services are listed");
        for (AwsService service : AwsServices.all()) {
            List<String> names = provider.names(service);
            for (int i = 0; i < names.size(); i += service.name().equals("ec2") ? 40 : 1) {
                Signature signature = provider.find(names.get(i)).orElseThrow().signature();
                assertTrue(signature.documentation().contains("AWS CLI: aws " + service.cliName() + " "), names.get(i));
            }
        }
        assertEquals(0, provider.clientsCreated());
    }

    @Test
    void namesFollowTheSdkClientMethods() {
        assertTrue(provider.find("aws.rds.promoteReadReplica").isPresent());
        assertTrue(provider.find("aws.elasticloadbalancingv2.describeTargetHealth").isPresent());
        assertFalse(provider.find("aws.rds.PromoteReadReplica").isPresent(), "names are exact; hints cover other spellings");
        assertFalse(provider.find("aws.rds.describeDBInstancesPaginator").isPresent(), "paginators are conveniences, not operations");
        assertFalse(provider.find("aws.rds").isPresent());
        assertFalse(provider.find("aws.nosuch.describeThings").isPresent());
        assertEquals(AwsServices.names(), List.of("autoscaling", "cloudwatch", "ec2", "elasticache", "elasticloadbalancingv2", "rds",
                "route53", "sfn", "sns", "sts"));
    }

    @Test
    void cliAndApiSpellingsAndTyposGetHints() {
        assertEquals("aws.rds.promoteReadReplica", provider.hintFor("aws rds promote-read-replica"));
        assertEquals("aws.rds.promoteReadReplica", provider.hintFor("aws rds promote-read-replica --db-instance-identifier basecoat-dr"));
        assertEquals("aws.rds.promoteReadReplica", provider.hintFor("aws.rds.promote-read-replica"));
        assertEquals("aws.rds.promoteReadReplica", provider.hintFor("aws.rds.PromoteReadReplica"));
        assertEquals("aws.rds.promoteReadReplica", provider.hintFor("aws.rds.promoteReadReplca"));
        assertEquals("aws.rds.describeDBInstances", provider.hintFor("aws.rdss.describeDBInstances"));
        assertEquals("aws.elasticloadbalancingv2.describeTargetHealth", provider.hintFor("aws elbv2 describe-target-health"));
        assertEquals("aws.route53.changeResourceRecordSets", provider.hintFor("aws route53 change-resource-record-sets"));
        assertNull(provider.hintFor("aws.rds.frobnicateEverything"));
        assertNull(provider.hintFor("log"));
    }

    @Test
    void readOnlyByOperationKind() {
        assertTrue(op("aws.rds.describeDBInstances").readOnly());
        assertTrue(op("aws.cloudwatch.getMetricStatistics").readOnly());
        assertTrue(op("aws.route53.listHostedZones").readOnly());
        assertTrue(op("aws.route53.testDNSAnswer").readOnly());
        assertFalse(op("aws.rds.promoteReadReplica").readOnly());
        assertFalse(op("aws.elasticache.testFailover").readOnly(), "testFailover really fails a node over");
        assertFalse(op("aws.autoscaling.setDesiredCapacity").readOnly());
    }

    @Test
    void signatureUsesAwsMemberNamesAndTypes() {
        Signature signature = op("aws.route53.changeResourceRecordSets").signature();
        assertEquals(new Param("HostedZoneId", "string", true, "part of the request path"), signature.param("HostedZoneId").orElseThrow());
        assertEquals("ChangeBatch", signature.param("ChangeBatch").orElseThrow().type());
        assertEquals("AWS route53 ChangeResourceRecordSets (mutating)", signature.summary());
        String doc = signature.documentation();
        assertTrue(doc.contains("AWS CLI: aws route53 change-resource-record-sets"), doc);
        assertTrue(doc.contains("https://docs.aws.amazon.com/cli/latest/reference/route53/change-resource-record-sets.html"), doc);
        assertTrue(doc.matches("(?s).*ChangeBatch\n.*Changes +list<Change>.*"), doc);
        assertTrue(doc.matches("(?s).*ResourceRecordSet\n.*TTL +integer.*"), doc);

        Signature metrics = op("aws.cloudwatch.getMetricStatistics").signature();
        assertEquals("timestamp", metrics.param("StartTime").orElseThrow().type());
        assertEquals("list<Dimension>", metrics.param("Dimensions").orElseThrow().type());
        assertEquals("list<string>", metrics.param("Statistics").orElseThrow().type());
        assertEquals("integer", metrics.param("Period").orElseThrow().type());
        assertEquals("map<string,MessageAttributeValue>", op("aws.sns.publish").signature().param("MessageAttributes").orElseThrow().type());
        assertTrue(op("aws.ec2.createLaunchTemplateVersion").signature().param("ClientToken").orElseThrow().description().contains("idempotency"));
    }

    @Test
    void checkNamesEachProblemWithItsPathAndExpectedType() {
        List<ParamProblem> problems = op("aws.ec2.describeInstances").check(Map.of("Filters",
                List.of(Map.of("Name", "tag:Name", "Values", List.of("app")), Map.of("Name", List.of("x"), "Valus", List.of("a"))),
                "MaxResults", "lots"));

        assertEquals(List.of(
                "with.Filters[1].Name: expected string, got a list",
                "with.Filters[1].Valus: unknown member of Filter; did you mean `Values`?",
                "with.MaxResults: expected integer, got \"lots\""), problems.stream().map(ParamProblem::toString).sorted().toList());
    }

    @Test
    void checkSuggestsMemberNames() {
        assertEquals(List.of(ParamProblem.unknownName("with.DBInstanceIdentifer", "unknown parameter; did you mean `DBInstanceIdentifier`?")),
                op("aws.rds.promoteReadReplica").check(Map.of("DBInstanceIdentifer", "basecoat-dr")));
        assertEquals(List.of(ParamProblem.unknownName("with.DbInstanceIdentifier", "unknown parameter; did you mean `DBInstanceIdentifier`?")),
                op("aws.rds.promoteReadReplica").check(Map.of("DbInstanceIdentifier", "basecoat-dr")));
    }

    @Test
    void checkAcceptsWhatYamlAndTemplatesProduce() {
        AwsOperation restore = op("aws.rds.restoreDBInstanceToPointInTime");
        assertEquals(List.of(), restore.check(Map.of("RestoreTime", "2026-11-24T03:00:00Z", "Port", "5432", "MultiAZ", "true",
                "TargetDBInstanceIdentifier", "${inputs.target}", "Tags", "${vars.tags}")));
        assertEquals(List.of(), restore.check(Map.of("RestoreTime", "2026-11-24", "Port", 5432L, "MultiAZ", true)));
        assertEquals(List.of(ParamProblem.wrongValue("with.RestoreTime", "expected timestamp, got \"yesterday\""),
                        ParamProblem.wrongValue("with.Port", "expected integer, got number 54.5")),
                List.of(restore.check(Map.of("RestoreTime", "yesterday")).get(0), restore.check(Map.of("Port", 54.5)).get(0)));
        assertEquals(List.of(ParamProblem.wrongValue("with.MultiAZ", "expected boolean, got \"yes\"")), restore.check(Map.of("MultiAZ", "yes")));
    }

    @Test
    void enumsAreStringsAndNearMissesAreRefused() {
        AwsOperation change = op("aws.route53.changeResourceRecordSets");
        Map<String, Object> upsert = Map.of("Action", "upsert", "ResourceRecordSet", Map.of("Name", "app.example", "Type", "CNAME"));
        assertEquals(List.of(ParamProblem.wrongValue("with.ChangeBatch.Changes[0].Action", "\"upsert\" is not a value AWS knows; did you mean `UPSERT`?")),
                change.check(Map.of("HostedZoneId", "Z1", "ChangeBatch", Map.of("Changes", List.of(upsert)))));
        AwsOperation metrics = op("aws.cloudwatch.getMetricStatistics");
        assertEquals(List.of(ParamProblem.wrongValue("with.Statistics[1]", "\"Avrage\" is not a value AWS knows; did you mean `Average`?")),
                metrics.check(Map.of("Statistics", List.of("Sum", "Avrage"))));
        assertEquals(List.of(), metrics.check(Map.of("Unit", "Quettabytes/Fortnight")), "values AWS may have added since are passed on");
        assertTrue(metrics.signature().param("Statistics").orElseThrow().description()
                .equals("one of: SampleCount, Average, Sum, Minimum, Maximum"));
        assertTrue(change.signature().documentation().matches("(?s).*\n    Action +string  one of: CREATE, DELETE, UPSERT\n.*"));
    }

    @Test
    void aTemplateIsOnlyAPlaceholderOffline() {
        Action promote = provider.find("aws.rds.promoteReadReplica").orElseThrow();
        assertEquals(List.of(), op("aws.rds.promoteReadReplica").check(Map.of("BackupRetentionPeriod", "${inputs.days}")));
        dev.playbook.action.ActionException e = org.junit.jupiter.api.Assertions.assertThrows(dev.playbook.action.ActionException.class,
                () -> promote.call(StubContext.defaults(), Map.of("BackupRetentionPeriod", "${inputs.days}")));
        assertEquals("aws.rds.promoteReadReplica: with.BackupRetentionPeriod: expected integer, got \"${inputs.days}\"", e.getMessage());
        assertEquals(0, provider.clientsCreated());
    }
}
