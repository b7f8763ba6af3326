package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.run.JournalSink;
import dev.playbook.run.RunLock;
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

/** Runs keep a journal; a run that stopped continues from it without repeating what it did. */
class ResumeCommandTest {

    private static final String PLAYBOOK = "src/test/resources/fixtures/run/resumable.yaml";
    private static final Pattern RUN_ID = Pattern.compile("run (\\d{8}-\\d{6}-[0-9a-f]+)");

    @TempDir
    Path state;
    @TempDir
    Path work;
    private Path marker;

    @BeforeEach
    void useTemporaryState() {
        System.setProperty("playbook.state", state.toString());
        marker = work.resolve("ready");
    }

    @AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    private CliRun failedRun() {
        CliRun run = CliRun.of("run", PLAYBOOK, "-i", "marker=" + marker, "-i", "token=s3cret-token");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        return run;
    }

    private static String runId(CliRun run) {
        Matcher m = RUN_ID.matcher(run.out());
        assertTrue(m.find(), run.out());
        return m.group(1);
    }

    @Test
    void aFailedRunResumesFromTheFailedStepWithoutRepeatingFinishedOnes() throws IOException {
        CliRun first = failedRun();
        String id = runId(first);
        assertTrue(first.out().contains("to continue where it stopped: playbook resume " + id), first.out());
        Path journal = JournalSink.location(state, id);
        assertFalse(Files.readString(journal).contains("s3cret-token"), "secrets never reach the journal");

        Files.createFile(marker);
        CliRun resumed = CliRun.of("resume", id, "-i", "token=s3cret-token");

        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("1 finished steps restored from the journal: first"), resumed.out());
        assertFalse(resumed.out().contains("first ran"), "the finished step is not run again");
        assertTrue(resumed.out().contains("[log] last ran"), resumed.out());
        assertEquals("run " + id + " already succeeded; nothing to resume\n", CliRun.of("resume", id, "-i", "token=x0ken").out());
    }

    @Test
    void aSecretThatOccursInEveryTimestampAndRunIdIsMaskedOnlyWhereItWasUsedAndTheRunResumes() throws IOException {
        String year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        CliRun first = CliRun.of("run", PLAYBOOK, "-i", "marker=" + marker, "-i", "token=" + year);
        assertEquals(1, first.exitCode(), first.out() + first.err());
        String id = runId(first);
        assertTrue(first.out().contains("to continue where it stopped: playbook resume " + id), first.out());
        assertTrue(first.out().contains("[log] first ran with ***"), first.out());

        Files.createFile(marker);
        CliRun resumed = CliRun.of("resume", id, "-i", "token=" + year);
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        String journal = Files.readString(JournalSink.location(state, id));
        for (String shown : List.of(first.out(), first.err(), resumed.out(), resumed.err(), journal)) {
            String withoutTimes = shown.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>").replace(id, "<run>")
                    .replace(state.toString(), "<state>").replace(work.toString(), "<work>");
            assertFalse(withoutTimes.contains(year), withoutTimes);
        }
    }

    @Test
    void secretInputsMustBeGivenAgainBecauseTheJournalDoesNotKeepThem() {
        String id = runId(failedRun());
        CliRun resumed = CliRun.of("resume", id);
        assertEquals(2, resumed.exitCode());
        assertTrue(resumed.err().contains("secret input `token` is not kept in the journal; pass -i token=VALUE"), resumed.err());
    }

    @Test
    void aMutatingStepInFlightWhenTheProcessDiedIsTheOperatorsCall() throws IOException {
        String id = runId(failedRun());
        crashWhile(JournalSink.location(state, id), "check");
        Files.createFile(marker);

        CliRun undecided = CliRun.of("resume", id, "-i", "token=t0ken");
        assertEquals(2, undecided.exitCode());
        assertTrue(undecided.err().contains("step check changed something and was in flight"), undecided.err());

        CliRun rerun = CliRun.of("resume", id, "-i", "token=t0ken", "--rerun", "check");
        assertEquals(0, rerun.exitCode(), rerun.out() + rerun.err());
    }

    @Test
    void aSecondOperatorCannotRunTheSamePlaybookAtTheSameTime() {
        try (RunLock held = RunLock.acquire(state, "resumable", "aws", "other-run")) {
            CliRun run = CliRun.of("run", PLAYBOOK, "-i", "marker=" + marker, "-i", "token=t0ken");
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("playbook resumable is already running against aws (run other-run by"), run.err());
        }
    }

    @Test
    void aResumedRunsClockGoesOnFromTheFirstStartIncludingTheTimeItWasDead() throws IOException {
        String id = runId(failedRun());
        Path journal = JournalSink.location(state, id);
        String text = Files.readString(journal);
        Matcher started = Pattern.compile("\"at\":\"([^\"]+)\"").matcher(text);
        assertTrue(started.find());
        String anHourBefore = java.time.Instant.parse(started.group(1)).minus(java.time.Duration.ofHours(1)).toString();
        Files.writeString(journal, text.replaceFirst(Pattern.quote(started.group(1)), anHourBefore));
        Files.createFile(marker);

        CliRun resumed = CliRun.of("resume", id, "-i", "token=t0ken");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("run SUCCEEDED in 1h"), resumed.out());
        assertTrue(resumed.out().lines().anyMatch(l -> l.startsWith("T+01:00:") && l.contains("resumed")), resumed.out());
    }

    @Test
    void assumeDoneIsJournaledWithWhoSoASecondCrashDoesNotAskAgain() throws IOException {
        String id = runId(failedRun());
        Path journal = JournalSink.location(state, id);
        crashWhile(journal, "check");
        Files.createFile(marker);
        CliRun first = CliRun.of("resume", id, "-i", "token=t0ken", "--assume-done", "check");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        String decided = Files.readAllLines(journal).stream().filter(l -> l.contains("\"type\":\"decided\"")).findFirst().orElseThrow();
        assertTrue(decided.contains("\"decision\":\"assume_done\"") && decided.contains("\"who\":\"" + System.getProperty("user.name"))
                && decided.contains("\"how\":\"--assume-done check\""), decided);

        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(0, lines.indexOf(decided) + 1));
        CliRun second = CliRun.of("resume", id, "-i", "token=t0ken");
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertFalse(second.out().contains("check  shell"), "the step assumed done is not run: " + second.out());
    }

    @Test
    void aPlaybookThatChangedSinceTheRunStartedIsRefusedUnlessTheOperatorAcceptsTheChanges() throws IOException {
        Path playbook = work.resolve("resumable.yaml");
        Files.copy(Path.of(PLAYBOOK), playbook);
        CliRun first = CliRun.of("run", playbook.toString(), "-i", "marker=" + marker, "-i", "token=t0ken");
        String id = runId(first);
        Files.writeString(playbook, Files.readString(playbook).replace("id: first", "id: first_renamed"));
        Files.createFile(marker);

        CliRun refused = CliRun.of("resume", id, "-i", "token=t0ken");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("changed since run " + id + " started; finished steps no longer in the playbook"
                + " (renamed or removed): first;"), refused.err());

        CliRun accepted = CliRun.of("resume", id, "-i", "token=t0ken", "--accept-changes");
        assertEquals(0, accepted.exitCode(), accepted.out() + accepted.err());
        assertTrue(accepted.out().contains("accept changes by"), accepted.out());
    }

    @Test
    void aFailureTheRunWentPastStaysFailedAndIsNotRunAgain() throws IOException {
        Path counter = work.resolve("counter");
        String[] inputs = {"-i", "marker=" + marker, "-i", "counter=" + counter};
        CliRun first = CliRun.of(concat(new String[] {"run", "src/test/resources/fixtures/run/tolerates-a-failure.yaml"}, inputs));
        assertEquals(1, first.exitCode(), first.out() + first.err());
        Files.createFile(marker);
        CliRun resumed = CliRun.of(concat(new String[] {"resume", runId(first)}, inputs));
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertEquals(List.of("ran"), Files.readAllLines(counter));
        assertTrue(resumed.out().contains("restored from the journal: tolerated"), resumed.out());
    }

    @Test
    void aRunKilledWhileRollingBackFinishesItsRollbackOnResume() throws IOException {
        CliRun first = CliRun.of("run", "src/test/resources/fixtures/run/fails-mid-phase.yaml", "--approve", "approve", "-i", "token=t0ken");
        assertEquals(1, first.exitCode(), first.out() + first.err());
        String id = runId(first);
        Path journal = JournalSink.location(state, id);
        List<String> lines = Files.readAllLines(journal);
        int undone = 0;
        while (!(lines.get(undone).contains("\"type\":\"step_finished\"") && lines.get(undone).contains("\"step\":\"undo_first\""))) {
            undone++;
        }
        Files.write(journal, lines.subList(0, undone + 1));

        CliRun resumed = CliRun.of("resume", id, "-i", "token=t0ken");
        assertEquals(1, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("[stakeholders] change rolled back"), resumed.out());
        assertFalse(resumed.out().contains("undoing the first change"), resumed.out());
        assertTrue(resumed.out().contains("run ROLLED BACK"), resumed.out());
    }

    /** Cuts the journal just after {@code step} started, as if the process had died then. */
    private static void crashWhile(Path journal, String step) throws IOException {
        List<String> lines = Files.readAllLines(journal);
        int crash = 0;
        while (!lines.get(crash).contains("\"type\":\"step_started\",") || !lines.get(crash).contains("\"step\":\"" + step + "\"")) {
            crash++;
        }
        Files.write(journal, lines.subList(0, crash + 1));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void anUnknownRunIdIsAUsageError() {
        CliRun run = CliRun.of("resume", "20990101-000000-ffff");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no journal for run `20990101-000000-ffff`"), run.err());
    }
}
