package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.run.Journal;
import dev.playbook.run.JournalSink;
import dev.playbook.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step timeout cancels the action's thread; when that thread was writing the journal (a
 * {@code notify} says something), the journal stays open and every later event is still written.
 */
class JournalUnderTimeoutsTest {

    private static final Pattern RUN_ID = Pattern.compile("run (\\d{8}-\\d{6}-[0-9a-f]+)");
    private static final int STEPS = 30;

    @TempDir
    Path state;
    @TempDir
    Path work;

    @BeforeEach
    void useTemporaryState() {
        System.setProperty("playbook.state", state.toString());
    }

    @AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    @RepeatedTest(6)
    void thirtyNotifyStepsCutByATwoMillisecondTimeoutEndTheRunWithEveryStepJournaled() throws IOException {
        String steps = IntStream.range(0, STEPS)
                .mapToObj(i -> "      - {id: n" + i + ", action: notify, with: {channel: on-call, message: \"step " + i + " of the drill\"}}\n")
                .reduce("", String::concat);
        Path file = work.resolve("notify.yaml");
        Files.writeString(file, """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: notify-under-timeouts}
                defaults: {timeout: 2ms, on_failure: continue, retry: {attempts: 1}}
                phases:
                  - id: main
                    steps:
                """ + steps);

        CliRun run = CliRun.of("run", file.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        Matcher id = RUN_ID.matcher(run.out());
        assertTrue(id.find(), run.out());
        Journal journal = Journal.read(JournalSink.location(state, id.group(1)));
        assertEquals("succeeded", journal.endStatus());
        assertEquals(STEPS, journal.finished().size(), "every step's end is in the journal");
        assertTrue(journal.inFlight().isEmpty(), journal.inFlight().toString());
    }
}
