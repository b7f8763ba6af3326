package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import org.junit.jupiter.api.Test;

class ActionsCommandTest {

    @Test
    void overviewListsBuiltinsAndCountsAwsOperationsPerService() {
        CliRun run = CliRun.of("actions");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*\\bsleep +read-only +Wait a fixed time.*"), run.out());
        assertTrue(run.out().matches("(?s).*aws\\.rds\\.\\* +\\d{3} actions.*"), run.out());
        assertTrue(run.out().matches("(?s).*aws\\.elasticloadbalancingv2\\.\\* +\\d+ actions.*"), run.out());
    }

    @Test
    void serviceListsItsOperationsWithTheirKind() {
        CliRun run = CliRun.of("actions", "aws.rds");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*\naws\\.rds\\.promoteReadReplica +mutating\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\naws\\.rds\\.describeDBInstances +read-only\n.*"), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.startsWith("aws.rds.")), run.out());
    }

    @Test
    void globsMatchNames() {
        CliRun run = CliRun.of("actions", "aws.route53.get*");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("aws.route53.getChange"), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.startsWith("aws.route53.get")), run.out());
    }

    @Test
    void oneActionShowsParametersNestedStructuresAndDocs() {
        CliRun run = CliRun.of("actions", "aws.route53.changeResourceRecordSets");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("aws.route53.changeResourceRecordSets  (mutating)\n"), out);
        assertTrue(out.matches("(?s).*\n  HostedZoneId +string +required +part of the request path\n.*"), out);
        assertTrue(out.matches("(?s).*\n  ChangeBatch +ChangeBatch\n.*"), out);
        assertTrue(out.matches("(?s).*\n  Change\n    Action +string  one of: CREATE, DELETE, UPSERT\n"
                + "    ResourceRecordSet +ResourceRecordSet\n.*"), out);
        assertTrue(out.contains("AWS CLI: aws route53 change-resource-record-sets"), out);
    }

    @Test
    void unknownPatternsExitTwoWithSuggestions() {
        CliRun service = CliRun.of("actions", "aws.rdss");
        assertEquals(2, service.exitCode());
        assertEquals("error: no action matches `aws.rdss`; did you mean `aws.rds`?\n", service.err());

        CliRun cli = CliRun.of("actions", "aws.rds.promote-read-replica");
        assertEquals(2, cli.exitCode());
        assertEquals("error: unknown action `aws.rds.promote-read-replica`; did you mean `aws.rds.promoteReadReplica`?\n", cli.err());
    }
}
