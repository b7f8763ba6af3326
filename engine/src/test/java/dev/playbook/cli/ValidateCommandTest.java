package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import dev.playbook.testing.Golden;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    private static final String FIXTURES = "src/test/resources/fixtures/";

    @Test
    void validFilesPrintOkAndExitZero() {
        CliRun run = CliRun.of("validate", FIXTURES + "valid");
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("validate-valid.out", run.out());
    }

    @Test
    void invalidFileShowsEveryMistakeWithSourceLineCaretAndHintOnStdoutAndExitsOne() {
        CliRun run = CliRun.of("validate", FIXTURES + "invalid/five-mistakes.yaml");
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        Golden.assertMatches("validate-five-mistakes.out", run.out());
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRun run = CliRun.of("validate", "no/such/dir");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no/such/dir"), run.err());
    }

    @Test
    void noArgumentsIsAUsageError() {
        CliRun run = CliRun.of("validate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }
}
