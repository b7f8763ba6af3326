package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.run.JournalSink;
import dev.playbook.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated run that died is resumed in its simulated world, never against AWS or the
 * production URLs: the world is rebuilt by replaying the drill, and the verdict is the one the
 * run would have had without the crash. A crash is a journal cut after its last durable line.
 */
class SimulatedResumeTest {

    private static final String PLAYBOOK = "../playbooks/regional-failover.yaml";
    private static final Pattern RUN_ID = Pattern.compile("run (\\d{8}-\\d{6}-[0-9a-f]+)");

    @TempDir
    Path state;

    @BeforeEach
    void useTemporaryState() {
        System.setProperty("playbook.state", state.toString());
    }

    @AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    @Test
    void aSimulatedRunKilledWithAMutatingStepInFlightResumesSimulatedWithTheUninterruptedVerdict() throws IOException {
        CliRun whole = CliRun.of("run", PLAYBOOK, "--simulate", "--seed", "7");
        assertEquals(0, whole.exitCode(), whole.out() + whole.err());
        String id = runId(whole);
        crashWhile(id, "update_dns");

        CliRun resumed = CliRun.of("resume", id);

        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.err().contains("simulation: rebuilt by replaying seed 7 up to `update_dns`; nothing real is called"), resumed.err());
        assertTrue(resumed.out().contains("run " + id + "  RTO 4h  [simulated]"), resumed.out());
        assertTrue(resumed.out().contains("… update_dns "), "the step in flight runs again in the rebuilt world: " + resumed.out());
        assertFalse(resumed.out().contains("… promote_db "), "finished steps are not run again: " + resumed.out());
        assertTrue(resumed.out().contains("result.body.region = 'us-west-2'"),
                "the smoke test is answered by the simulated secondary region, not the real URL: " + resumed.out());
        assertEquals(criteria(whole.out()), criteria(resumed.out()));
        String journal = Files.readString(JournalSink.location(state, id));
        assertTrue(journal.contains("\"type\":\"run_resumed\""), journal);
        assertTrue(journal.contains("\"decision\":\"replayed\""), journal);
    }

    @Test
    void aSimulatedRunWhoseSimulationCannotBeRebuiltIsRefusedAndNothingRuns() throws IOException {
        CliRun whole = CliRun.of("run", PLAYBOOK, "--simulate", "--seed", "3");
        String id = runId(whole);
        crashWhile(id, "update_dns");
        Path runDirectory = JournalSink.location(state, id).getParent();
        Files.delete(runDirectory.resolve("simulation.json"));
        String before = Files.readString(JournalSink.location(state, id));

        CliRun resumed = CliRun.of("resume", id);

        assertEquals(ExitCodes.USAGE, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.err().contains("error: run " + id + " was simulated, but its simulation cannot be rebuilt"), resumed.err());
        assertTrue(resumed.err().contains("a simulated run is never resumed against real AWS or HTTP"), resumed.err());
        assertEquals(before, Files.readString(JournalSink.location(state, id)), "nothing was run");
    }

    @Test
    void noStepOfASimulatedRunIsInDoubtSoRerunAndAssumeDoneAreRefused() throws IOException {
        CliRun whole = CliRun.of("run", PLAYBOOK, "--simulate", "--seed", "3");
        String id = runId(whole);
        crashWhile(id, "update_dns");

        CliRun resumed = CliRun.of("resume", id, "--assume-done", "update_dns");

        assertEquals(ExitCodes.USAGE, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.err().contains("was simulated: its world is rebuilt by replaying the drill"), resumed.err());
    }

    /** Cuts the run's journal just after {@code step} started, as a kill -9 there leaves it. */
    private void crashWhile(String id, String step) throws IOException {
        Path journal = JournalSink.location(state, id);
        List<String> lines = Files.readAllLines(journal);
        int started = 0;
        while (!(lines.get(started).contains("\"type\":\"step_started\"") && lines.get(started).contains("\"step\":\"" + step + "\""))) {
            started++;
        }
        Files.write(journal, lines.subList(0, started + 1));
    }

    private static String runId(CliRun run) {
        Matcher m = RUN_ID.matcher(run.out());
        assertTrue(m.find(), run.out());
        return m.group(1);
    }

    /** The drill's criteria table: every line between its heading and the verdict. */
    private static String criteria(String out) {
        int from = out.indexOf("Criteria (");
        int to = out.indexOf("Verdict:", from);
        assertTrue(from >= 0 && to > from, out);
        return out.substring(from, to);
    }
}
