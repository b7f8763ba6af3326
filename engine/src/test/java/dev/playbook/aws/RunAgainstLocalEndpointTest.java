package dev.playbook.aws;

import static dev.playbook.aws.AwsStub.query;
import static dev.playbook.aws.AwsStub.queryResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code playbook run --endpoint URL} drives a local AWS-compatible endpoint for real: the
 * credentials preflight, the promotion, the wait polling until the instance is available, and
 * the verification, over HTTP in RDS's own protocol.
 */
class RunAgainstLocalEndpointTest {

    private static final String DESCRIBED = "<DBInstances><DBInstance><DBInstanceIdentifier>basecoat-portal-db-read-replica"
            + "</DBInstanceIdentifier><DBInstanceStatus>%s</DBInstanceStatus>%s</DBInstance></DBInstances>";

    private AwsStub aws;

    @BeforeEach
    void start(@TempDir Path state) {
        aws = AwsStub.start();
        aws.setProperty("playbook.state", state.toString());
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void theRunCommandPromotesWaitsAndVerifiesAgainstTheLocalEndpoint() {
        aws.server.stubFor(query("GetCallerIdentity").willReturn(queryResult("GetCallerIdentity",
                "<Arn>arn:aws:iam::123456789012:user/oncall</Arn><UserId>AIDATEST</UserId><Account>123456789012</Account>")));
        aws.server.stubFor(query("PromoteReadReplica").willReturn(queryResult("PromoteReadReplica",
                "<DBInstance><DBInstanceIdentifier>basecoat-portal-db-read-replica</DBInstanceIdentifier>"
                        + "<DBInstanceStatus>modifying</DBInstanceStatus></DBInstance>")));
        aws.sequence(() -> query("DescribeDBInstances"),
                queryResult("DescribeDBInstances", String.format(DESCRIBED, "modifying",
                        "<ReadReplicaSourceDBInstanceIdentifier>basecoat-portal-db</ReadReplicaSourceDBInstanceIdentifier>")),
                queryResult("DescribeDBInstances", String.format(DESCRIBED, "available", "")));

        CliRun run = CliRun.of("run", "src/test/resources/fixtures/run/local-aws.yaml", "--endpoint", aws.endpoint().toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("AWS identity: arn:aws:iam::123456789012:user/oncall (account 123456789012)"), run.out());
        assertTrue(run.out().contains("DBInstanceStatus = 'modifying'"), "the first poll saw the promotion in progress: " + run.out());
        assertTrue(run.out().contains("run SUCCEEDED"), run.out());
        assertEquals("basecoat-portal-db-read-replica", aws.form("PromoteReadReplica").get("DBInstanceIdentifier"));
        assertEquals(2, aws.forms("DescribeDBInstances").size());
    }
}
