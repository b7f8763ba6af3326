package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardOptionsTest {

    @Test
    void coloursOnlyOnATerminalThatWantsThem() {
        assertTrue(StandardOptions.colorWanted(Map.of("TERM", "xterm-256color"), true));
        assertFalse(StandardOptions.colorWanted(Map.of("TERM", "xterm-256color"), false), "not on a pipe");
        assertFalse(StandardOptions.colorWanted(Map.of("TERM", "dumb"), true), "not on a dumb terminal");
        assertFalse(StandardOptions.colorWanted(Map.of("NO_COLOR", "1"), true), "not with NO_COLOR");
        assertTrue(StandardOptions.colorWanted(Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count (no-color.org)");
    }

    @Test
    void quietValidatePrintsOnlyTheSummary() {
        CliRun run = CliRun.of("validate", "-q", "src/test/resources/fixtures/valid");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("ok: "), run.out());
        assertTrue(run.out().contains(" checked: "), run.out());
    }

    @Test
    void everyCommandTakesTheCommonOptions() {
        for (String command : HelpAndCompletionTest.commands().toList()) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            String help = CliRun.of(args.toArray(String[]::new)).out();
            for (String option : new String[] {"-q, --quiet", "-v, --verbose", "--no-color", "-h, --help"}) {
                assertTrue(help.contains(option), command + " lacks " + option);
            }
        }
    }
}
