package dev.playbook.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debugger on a real pseudo-terminal (util-linux {@code script} allocates it), driven by
 * keystrokes: the prompt, Tab completion of step ids and result paths, and Ctrl-C both at the
 * prompt and while a step runs.
 */
class TerminalSessionTest {

    /**
     * How long the screen may take to show something. Generous, because a loaded 2-core machine
     * can take tens of seconds to start the JVM; only a hang should fail the test.
     */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private Process process;
    private final StringBuffer screen = new StringBuffer();
    private OutputStream keys;

    @BeforeEach
    void start(@TempDir Path home) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")),
                "needs util-linux `script` to allocate a pseudo-terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A new pseudo-terminal has no size; JLine needs one to lay out the prompt.
        String command = "stty cols 120 rows 40 && exec " + String.join(" ", List.of(java, "-Duser.home=" + home, "-Dplaybook.state=" + home.resolve("state"), "-cp", System.getProperty("java.class.path"),
                "dev.playbook.cli.Main", "debug", "src/test/resources/fixtures/debug/pty.yaml"));
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null");
        builder.environment().put("TERM", "xterm");
        builder.redirectErrorStream(true);
        process = builder.start();
        keys = process.getOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream()), "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void promptCompletionAndCtrlCOnARealTerminal() throws Exception {
        await("[main ▶ say]");

        type("break na\t");
        await("break nap");
        type("\r");
        await("breakpoint before nap");

        type("next\r");
        await("[main ▶ nap]");

        type("print steps.say.res\t");
        await("print steps.say.result");
        type("\r");
        await("\"message\" : \"hello from the pty\"");

        type("something half typed\u0003");
        await("line dropped");

        type("next\r");
        await("… nap");
        // The nap lasts ten minutes, so only Ctrl-C ends it in time. A key pressed in the instant
        // between the prompt closing and the step starting is a keystroke at no prompt, so it is
        // pressed again until the step reports the cancellation.
        typeUntil("\u0003", "step nap failed: cancelled by the operator");

        type("quit\r");
        await("Quit?");
        type("y\r");
        assertTrue(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the debugger exits after quit");
        assertEquals(3, process.exitValue(), plain());
    }

    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private void typeUntil(String key, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            type(key);
            long retype = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < retype) {
                if (plain().contains(text)) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the terminal never showed `" + text + "`; it shows:\n" + plain());
    }

    private void await(String text) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (plain().contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the terminal never showed `" + text + "`; it shows:\n" + plain());
    }

    /** The screen without ANSI escape sequences. */
    private String plain() {
        return screen.toString().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            screen.append("\n[terminal closed: ").append(e.getMessage()).append("]");
        }
    }
}
