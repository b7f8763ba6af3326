package dev.playbook.action.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.Action;
import dev.playbook.action.ActionException;
import dev.playbook.testing.TestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellActionTest {

    private final Action shell = new BuiltinProvider().find("shell").orElseThrow();

    @Test
    @SuppressWarnings("unchecked")
    void capturesExitCodeStdoutAndStderr() throws Exception {
        Map<String, Object> result = (Map<String, Object>) shell.call(new TestContext(),
                Map.of("command", "echo out; echo err >&2; echo $GREETING", "env", Map.of("GREETING", "hi")));
        assertEquals(0L, result.get("exit_code"));
        assertEquals("out\nhi\n", result.get("stdout"));
        assertEquals("err\n", result.get("stderr"));
    }

    @Test
    void aNonZeroExitFailsWithTheEndOfStderr() {
        ActionException e = assertThrows(ActionException.class,
                () -> shell.call(new TestContext(), Map.of("argv", List.of("sh", "-c", "echo broken >&2; exit 3"))));
        assertEquals("NonZeroExit", e.code());
        assertEquals("exit code 3: broken", e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkFalseKeepsTheExitCodeAsAResult() throws Exception {
        Map<String, Object> result = (Map<String, Object>) shell.call(new TestContext(), Map.of("command", "exit 4", "check", false));
        assertEquals(4L, result.get("exit_code"));
    }

    @Test
    void aCommandPastItsTimeoutIsKilled() {
        long start = System.nanoTime();
        ActionException e = assertThrows(ActionException.class,
                () -> shell.call(new TestContext(), Map.of("command", "sleep 30", "timeout", "300ms")));
        assertEquals("Timeout", e.code());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "the command was killed, not waited for");
    }

    @Test
    @SuppressWarnings("unchecked")
    void largeOutputIsKeptUpToTheLimitWithoutBlocking() throws Exception {
        Map<String, Object> result = (Map<String, Object>) shell.call(new TestContext(),
                Map.of("command", "head -c 3000000 /dev/zero | tr '\\0' 'x'"));
        String stdout = (String) result.get("stdout");
        assertTrue(stdout.startsWith("xxxx"));
        assertTrue(stdout.endsWith("[output truncated at " + ShellAction.MAX_OUTPUT_BYTES + " bytes]"));
    }

    @Test
    void commandAndArgvAreExclusive() {
        ActionException e = assertThrows(ActionException.class,
                () -> shell.call(new TestContext(), Map.of("command", "true", "argv", List.of("true"))));
        assertEquals("InvalidParameter", e.code());
    }
}
