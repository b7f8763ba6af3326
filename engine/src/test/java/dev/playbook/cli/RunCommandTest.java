package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.CliRun;
import dev.playbook.testing.Golden;
import dev.playbook.testing.LocalHttp;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path state;

    @org.junit.jupiter.api.BeforeEach
    void keepJournalsInATemporaryDirectory() {
        System.setProperty("playbook.state", state.toString());
    }

    @org.junit.jupiter.api.AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    private static final String FAILS = "src/test/resources/fixtures/run/fails-mid-phase.yaml";

    /** Wall-clock durations and time offsets vary from run to run; goldens keep the rest. */
    private static String stable(String output) {
        return output.replaceAll("T\\+\\d\\d:\\d\\d:\\d\\d", "T+hh:mm:ss")
                .replaceAll("\\b(?:\\d+(?:ms|s))+\\b", "<t>")
                .replaceAll("\\d{8}-\\d{6}-[0-9a-f]{4}", "<id>")
                .replaceAll("(journal|report): \\S+/runs/", "$1: <state>/runs/")
                .replaceAll("approved by \\S+", "approved by <user>")
                .replaceAll(" +\\n", "\n")
                .replaceAll("(?m)^(\\S+) +(succeeded|failed|skipped) +(\\d+) +<t>$", "$1 $2 $3 <t>");
    }

    @Test
    void theWaitsAndRetriesExampleSucceedsAgainstALocalServer() throws Exception {
        try (LocalHttp server = new LocalHttp()) {
            CliRun run = CliRun.of("run", "../examples/waits-and-retries.yaml", "-i", "base_url=" + server.url(""));
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("run SUCCEEDED"), run.out());
            assertTrue(server.requests.size() >= 2);
        }
    }

    @Test
    void aRunThatFailsMidPhaseShowsWhatFailedWhyWhatRanAndRollsBackInOrder() {
        CliRun run = CliRun.of("run", FAILS, "--approve", "approve", "-i", "token=tok-12345");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.out().contains("tok-12345"), "secrets never reach the output");
        Golden.assertMatches("run-fails-mid-phase.out", stable(run.out()));
    }

    @Test
    void jsonOutputIsOneEventPerLine() throws Exception {
        CliRun run = CliRun.of("run", FAILS, "--yes", "-i", "token=tok-12345", "--output", "json");
        assertEquals(1, run.exitCode());
        ObjectMapper json = new ObjectMapper();
        List<String> types = run.out().lines().map(line -> {
            try {
                JsonNode node = json.readTree(line);
                return node.get("type").asText();
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }).toList();
        assertEquals("run_started", types.get(0));
        int finished = types.indexOf("run_finished");
        assertEquals(List.of("run_finished", "verdict"), types.subList(finished, types.size()), "after the run only its verdict: " + types);
        assertTrue(types.contains("rollback_started"));
        assertFalse(run.out().contains("tok-12345"));
    }

    @Test
    void manualStepsFailClosedWithoutATerminal() {
        CliRun run = CliRun.of("run", FAILS, "-i", "token=x0ken");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("needs an operator, and there is no terminal"), run.out());
        assertFalse(run.out().contains("first change applied"));
    }

    @Test
    void aMissingRequiredInputIsAUsageError() {
        CliRun run = CliRun.of("run", FAILS, "--yes");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing required input token; pass -i token=VALUE"), run.err());
    }

    @Test
    void unknownStepNamesInOptionsAreUsageErrors() {
        CliRun run = CliRun.of("run", FAILS, "--yes", "-i", "token=x0ken", "--start-at", "fist_change");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("did you mean `first_change`?"), run.err());
    }

    @Test
    void startAtAndPhaseRunPartOfThePlaybook() {
        CliRun run = CliRun.of("run", FAILS, "--yes", "-i", "token=x0ken", "--phase", "prepare");
        assertEquals(0, run.exitCode(), run.out());
        assertFalse(run.out().contains("first_change"));
    }
}
