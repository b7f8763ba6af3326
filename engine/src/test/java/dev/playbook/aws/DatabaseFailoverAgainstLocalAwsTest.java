package dev.playbook.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.playbook.aws.AwsStub.cborResult;
import static dev.playbook.aws.AwsStub.query;
import static dev.playbook.aws.AwsStub.queryResult;
import static dev.playbook.aws.AwsStub.rpcV2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.playbook.testing.LocalHttp;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook's database failover, {@code playbooks/database-failover.yaml} unchanged, run the
 * way an engineer runs it against an AWS-compatible emulator: a separate {@code playbook run}
 * process with {@code AWS_ENDPOINT_URL} in its environment and the real SDK speaking each
 * service's wire protocol (RDS and STS in Query XML, CloudWatch in RPCv2 CBOR) to a local
 * server that keeps state the way RDS does: the replica reads as a replica until it is
 * promoted, is modifying right after, then standalone and available. The smoke tests reach a
 * local portal and a {@code psql} stand-in on the PATH.
 */
class DatabaseFailoverAgainstLocalAwsTest {

    private static final String PRIMARY = "basecoat-portal-db";
    private static final String REPLICA = "basecoat-portal-db-read-replica";
    private static final String SECRET = "s3cret-db-password";
    private static final String CLOUDWATCH = "GraniteServiceVersion20100801";
    private static final String RDS_STATE = "rds-state";

    private AwsStub aws;
    private LocalHttp portal;
    private Path dir;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        this.dir = dir;
        aws = AwsStub.start();
        portal = new LocalHttp();
        aws.server.stubFor(query("GetCallerIdentity").willReturn(queryResult("GetCallerIdentity",
                "<Arn>arn:aws:iam::123456789012:user/oncall</Arn><UserId>AIDATEST</UserId><Account>123456789012</Account>")));
        aws.server.stubFor(rpcV2(CLOUDWATCH, "DescribeAlarms").willReturn(cborResult(Map.of("MetricAlarms",
                List.of(Map.of("AlarmName", "database-cpu-high", "StateValue", "ALARM"))))));
        aws.server.stubFor(rpcV2(CLOUDWATCH, "GetMetricStatistics").withRequestBody(containing("ReplicaLag"))
                .willReturn(cborResult(Map.of("Label", "ReplicaLag", "Datapoints", List.of(Map.of("Maximum", 4.0, "Unit", "Seconds"))))));
        aws.server.stubFor(rpcV2(CLOUDWATCH, "GetMetricStatistics").withRequestBody(containing("HTTPCode_Target_5XX_Count"))
                .willReturn(cborResult(Map.of("Label", "HTTPCode_Target_5XX_Count", "Datapoints", List.of(Map.of("Sum", 0.0, "Unit", "Count"))))));
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        aws.close();
    }

    @Test
    void anUnrecoverablePrimaryIsReplacedByPromotingTheReplicaInTheDrRegion() throws Exception {
        aws.server.stubFor(describe(PRIMARY).willReturn(described(PRIMARY, "failed", "primary.local", "")));
        aws.server.stubFor(describe(REPLICA).inScenario(RDS_STATE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(described(REPLICA, "available", "replica.local", source())));
        aws.server.stubFor(query("PromoteReadReplica").inScenario(RDS_STATE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(queryResult("PromoteReadReplica", instance(REPLICA, "modifying", "replica.local", source())))
                .willSetStateTo("modifying"));
        aws.server.stubFor(describe(REPLICA).inScenario(RDS_STATE).whenScenarioStateIs("modifying")
                .willReturn(described(REPLICA, "modifying", "replica.local", source())).willSetStateTo("promoted"));
        aws.server.stubFor(describe(REPLICA).inScenario(RDS_STATE).whenScenarioStateIs("promoted")
                .willReturn(described(REPLICA, "available", "replica.local", "")));
        aws.server.stubFor(query("CreateDBInstanceReadReplica").willReturn(queryResult("CreateDBInstanceReadReplica",
                instance("basecoat-portal-db-read-replica-2", "creating", "replica-2.local", source()))));

        Finished run = run("-i", "primary_recoverable=false");

        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("AWS identity: arn:aws:iam::123456789012:user/oncall (account 123456789012)"), run.output);
        assertTrue(run.output.contains("run SUCCEEDED"), run.output);
        assertEquals(REPLICA, aws.form("PromoteReadReplica").get("DBInstanceIdentifier"));
        assertTrue(signedFor("PromoteReadReplica").contains("/us-west-2/rds/aws4_request"), "promoted in the DR region");
        assertEquals(0, aws.forms("RebootDBInstance").size(), "an unrecoverable primary is not rebooted");
        Map<String, String> newReplica = aws.form("CreateDBInstanceReadReplica");
        assertEquals("basecoat-portal-db-read-replica-2", newReplica.get("DBInstanceIdentifier"));
        assertEquals(REPLICA, newReplica.get("SourceDBInstanceIdentifier"));
        assertTrue(run.output.contains("DBInstanceStatus = 'modifying'"), "the wait saw the promotion in progress: " + run.output);
        assertTrue(run.output.contains(REPLICA + " is available at replica.local:5432"), run.output);
        assertSmokeTestsReached("replica.local", run);
    }

    @Test
    void aRecoverablePrimaryIsRebootedInPlace() throws Exception {
        aws.server.stubFor(describe(REPLICA).willReturn(described(REPLICA, "available", "replica.local", source())));
        aws.server.stubFor(describe(PRIMARY).inScenario(RDS_STATE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(described(PRIMARY, "available", "primary.local", "")));
        aws.server.stubFor(query("RebootDBInstance").inScenario(RDS_STATE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(queryResult("RebootDBInstance", instance(PRIMARY, "rebooting", "primary.local", "")))
                .willSetStateTo("rebooted"));
        aws.server.stubFor(describe(PRIMARY).inScenario(RDS_STATE).whenScenarioStateIs("rebooted")
                .willReturn(described(PRIMARY, "available", "primary.local", "")));

        Finished run = run();

        assertEquals(0, run.exitCode, run.output);
        assertEquals(PRIMARY, aws.form("RebootDBInstance").get("DBInstanceIdentifier"));
        assertEquals("false", aws.form("RebootDBInstance").get("ForceFailover"));
        assertTrue(signedFor("RebootDBInstance").contains("/us-east-1/rds/aws4_request"), "rebooted where it lives");
        assertEquals(0, aws.forms("PromoteReadReplica").size(), "a recoverable primary keeps its replica");
        assertEquals(0, aws.forms("CreateDBInstanceReadReplica").size());
        assertSmokeTestsReached("primary.local", run);
    }

    private void assertSmokeTestsReached(String databaseHost, Finished run) throws IOException {
        assertTrue(portal.requests.containsAll(List.of("GET /health", "GET /api/users/1")), portal.requests::toString);
        List<String> psql = Files.readAllLines(dir.resolve("psql.log"));
        assertEquals("-X -h " + databaseHost + " -U postgres -d basecoat_db -v ON_ERROR_STOP=1 -o /dev/null -c \\timing on"
                + " -c SELECT * FROM users LIMIT 10000;", psql.get(0));
        assertEquals("PGPASSWORD=" + SECRET, psql.get(1), "the password reaches psql through its environment");
        assertFalse(run.output.contains(SECRET), "the secret input is masked in everything the run prints");
        assertTrue(run.output.contains("HTTPCode_Target_5XX_Count is 0"), run.output);
    }

    private record Finished(int exitCode, String output) {
    }

    /** {@code playbook run playbooks/database-failover.yaml} in its own JVM, pointed at the local AWS by environment only. */
    private Finished run(String... extra) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path psql = bin.resolve("psql");
        Files.writeString(psql, "#!/bin/sh\nprintf '%s\\n' \"$*\" \"PGPASSWORD=$PGPASSWORD\" > '" + dir.resolve("psql.log")
                + "'\necho 'Time: 12.345 ms'\n");
        Files.setPosixFilePermissions(psql, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dplaybook.state=" + dir.resolve("state"), "-cp", System.getProperty("java.class.path"), "dev.playbook.cli.Main",
                "run", Repo.root().resolve("playbooks/database-failover.yaml").toString(), "--yes",
                "-i", "db_password=" + SECRET, "-i", "portal_url=" + portal.url(""), "-i", "alb_dimension=app/basecoat-alb/50dc6c495c0c9188"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ENDPOINT_URL", aws.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIDPLAYBOOKTEST");
        env.put("AWS_SECRET_ACCESS_KEY", "playbook-test-secret");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Path output = dir.resolve("output.txt");
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the run did not end within 2 minutes:\n" + Files.readString(output));
        }
        return new Finished(process.exitValue(), Files.readString(output));
    }

    private static MappingBuilder describe(String id) {
        return query("DescribeDBInstances").withRequestBody(matching("(?s).*DBInstanceIdentifier=" + id + "(&.*)?"));
    }

    private String signedFor(String action) {
        return aws.server.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&")))
                .get(0).getHeader("Authorization");
    }

    private static ResponseDefinitionBuilder described(String id, String status, String host, String extra) {
        return queryResult("DescribeDBInstances", "<DBInstances>" + instance(id, status, host, extra) + "</DBInstances>");
    }

    private static String instance(String id, String status, String host, String extra) {
        return "<DBInstance><DBInstanceIdentifier>" + id + "</DBInstanceIdentifier><DBInstanceStatus>" + status
                + "</DBInstanceStatus><Endpoint><Address>" + host + "</Address><Port>5432</Port></Endpoint>" + extra + "</DBInstance>";
    }

    private static String source() {
        return "<ReadReplicaSourceDBInstanceIdentifier>" + PRIMARY + "</ReadReplicaSourceDBInstanceIdentifier>";
    }
}
