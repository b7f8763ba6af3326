package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.CliRun;
import dev.playbook.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook export}: where the document goes, what is printed beside it, and the exit codes. */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String playbook(String name) {
        return Repo.root().resolve("playbooks").resolve(name + ".yaml").toString();
    }

    @Test
    void regionalFailoverToAFileWithItsIamPolicyAndWhatWasNotExported(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rf.asl.json");
        CliRun run = CliRun.of("export", playbook("regional-failover"), "--target", "stepfunctions", "-o", out.toString(), "--iam");

        assertEquals(1, run.exitCode(), "three constructs are reported: " + run.err());
        JsonNode machine = JSON.readTree(Files.readString(out));
        assertEquals("JSONata", machine.get("QueryLanguage").asText());
        JsonNode policy = JSON.readTree(run.out());
        assertTrue(policy.get("Statement").get(0).get("Action").toString().contains("\"rds:PromoteReadReplica\""), run.out());
        assertTrue(run.err().contains("regional-failover.yaml:192:18: error[export-region]"), run.err());
        assertTrue(run.err().contains("regional-failover.yaml:328:17: error[export-shell]"), run.err());
        assertTrue(run.err().contains("= hint: "), run.err());
        assertTrue(run.err().endsWith("3 constructs not exported for stepfunctions; each fails the execution that reaches it\n"), run.err());
    }

    @Test
    void aFullyExportablePlaybookExitsZeroWithTheDefinitionOnStandardOutput() throws Exception {
        CliRun run = CliRun.of("export", Repo.root().resolve("examples/hello.yaml").toString(), "--target", "stepfunctions");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("Start", JSON.readTree(run.out()).get("StartAt").asText());
    }

    @Test
    void inputsGivenAtExportBecomeTheMachinesDefaultsAndAlarmsGoToTheirFile(@TempDir Path dir) throws Exception {
        Path alarms = dir.resolve("alarms.json");
        CliRun run = CliRun.of("export", playbook("regional-failover"), "--target", "stepfunctions", "-i", "dr_region=eu-west-1",
                "--alarms", alarms.toString());

        String start = JSON.readTree(run.out()).get("States").get("Start").get("Assign").get("inputs").asText();
        assertTrue(start.contains("\"dr_region\":\"eu-west-1\""), start);
        assertEquals("regional-failover-rto-exceeded", JSON.readTree(Files.readString(alarms)).get("Alarms").get(0).get("AlarmName").asText());
    }

    @Test
    void ssmAutomationReportsWhatItCouldNotExpressWithPositions() {
        CliRun run = CliRun.of("export", playbook("database-failover"), "--target", "ssm-automation");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("schemaVersion: '0.3'"), run.out());
        assertTrue(run.err().contains("database-failover.yaml:273:21: error[export-action]: `shell` step `db_query_performance` has no SSM Automation action"), run.err());
        assertTrue(run.err().contains("warning[export-parallel]"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("export", playbook("regional-failover"), "--target", "lambda").exitCode());
        assertEquals(2, CliRun.of("export", playbook("regional-failover"), "--target", "ssm-automation", "--iam").exitCode());
        CliRun broken = CliRun.of("export", "src/test/resources/fixtures/invalid/missing-fields.yaml", "--target", "stepfunctions");
        assertEquals(2, broken.exitCode(), broken.err());
        assertTrue(broken.err().contains("nothing was exported"), broken.err());
    }
}
