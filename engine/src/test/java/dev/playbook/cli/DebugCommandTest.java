package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `playbook debug --simulate` with commands piped in walks the regional drill to its verdict. */
class DebugCommandTest {

    private InputStream stdin;

    @BeforeEach
    void keepState(@TempDir Path state) {
        stdin = System.in;
        System.setProperty("playbook.state", state.toString());
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.clearProperty("playbook.state");
    }

    @Test
    void pipedCommandsStepThroughTheRegionalDrillAndEndWithItsVerdict() {
        System.setIn(new ByteArrayInputStream("list\nnext\nprint steps.status_investigating.status\ncontinue\n"
                .getBytes(StandardCharsets.UTF_8)));

        CliRun run = CliRun.of("debug", "../playbooks/regional-failover.yaml", "--simulate", "--seed", "7");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("> print steps.status_investigating.status\n'succeeded'"), run.out());
        assertTrue(run.out().contains("approved by simulator"), run.out());
        assertTrue(run.out().contains("Verdict: PASS"), run.out());
    }
}
