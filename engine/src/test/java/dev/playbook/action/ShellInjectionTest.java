package dev.playbook.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.run.Approver;
import dev.playbook.run.RunStatus;
import dev.playbook.run.StepRecord;
import dev.playbook.testing.CliRun;
import dev.playbook.testing.Runs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every injection from issue 16 against a `shell` command string, with the lint gate out of the
 * way (the executor alone) and through `playbook run` (the lint gate refuses first): the value is
 * echoed back exactly and the marker file is never created.
 */
class ShellInjectionTest {

    @TempDir
    static Path dir;

    static List<String> payloads() {
        String marker = dir.resolve("pwned").toString();
        return List.of(
                "x; touch " + marker,
                "$(touch " + marker + ")",
                "`touch " + marker + "`",
                "x && touch " + marker,
                "x | touch " + marker,
                "x || touch " + marker,
                "x\ntouch " + marker,
                "x' ; touch " + marker + " ; '",
                "x\" ; touch " + marker + " ; \"",
                "x\\\"; touch " + marker + "; \\\"",
                "${IFS}$(touch${IFS}" + marker + ")");
    }

    private static String playbook(String command) {
        return """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: injection}
                inputs:
                  name: {type: string, default: world}
                vars:
                  greeting: "hello ${inputs.name}"
                phases:
                  - id: p
                    steps:
                      - id: echo
                        action: shell
                        with:
                          command: %s
                """.formatted(command);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aValueInAnyQuotingIsPassedAsDataAndEchoedBackExactly(String payload) {
        for (String command : List.of("\"echo hello ${inputs.name}\"", "'echo \"hello ${inputs.name}\"'",
                "\"echo 'hello ${inputs.name}'\"", "\"echo ${vars.greeting}\" ", "\"printf '%s\\\\n' hello\\\\ ${inputs.name}\"")) {
            Runs runs = new Runs().run(playbook(command), Map.of("name", payload), Approver.of(true, Set.of(), null), null);
            StepRecord echo = runs.result.steps().get(0);
            assertEquals(RunStatus.SUCCEEDED, runs.result.status(), command + ": " + echo.errorMessage());
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) echo.result();
            assertEquals("hello " + payload + "\n", result.get("stdout"), command);
            assertFalse(Files.exists(dir.resolve("pwned")), command + " with " + payload + " ran the payload");
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void runRefusesTheTemplateBeforeAnythingRuns(String payload) throws Exception {
        Path file = dir.resolve("injection.yaml");
        Files.writeString(file, playbook("\"echo hello ${inputs.name}\""));
        CliRun run = CliRun.of("run", file.toString(), "--yes", "-i", "name=" + payload);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[shell-injection]"), run.err());
        assertFalse(Files.exists(dir.resolve("pwned")));
    }
}
