package dev.playbook.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `playbook run` on a real pseudo-terminal (util-linux {@code script} allocates it), with a
 * playbook whose title, log message, command output and error try to rewrite the screen: clear
 * it, retitle the window, reverse text, and overwrite the line with a fake {@code ✓ all good}.
 * What reaches the terminal carries none of those bytes raw; every attempt shows escaped, on the
 * line of the output that tried it.
 */
class ForgedLineTest {

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: forged}
            phases:
              - id: p
                title: "clear\\e[2J and retitle\\e]0;owned\\a"
                steps:
                  - id: say
                    title: "reversed \\u202egood lla\\u202c"
                    action: log
                    with: {message: "deploying\\r\\e[K  ✓ all good"}
                  - id: out
                    action: shell
                    with:
                      argv: [sh, -c, "printf 'broken\\\\r\\\\033[K✓ all good\\\\n' >&2; exit 3"]
            """;

    @Test
    void noOutputCanMoveTheCursorOrForgeALine(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux `script` to allocate a pseudo-terminal");
        Path file = dir.resolve("forged.yaml");
        Files.writeString(file, PLAYBOOK);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(java, "-Dplaybook.state=" + dir.resolve("state"), "-cp", System.getProperty("java.class.path"),
                "dev.playbook.cli.Main", "run", file.toString(), "--yes"));
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null").directory(dir.toFile());
        builder.environment().put("TERM", "xterm");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        String screen = read(process.getInputStream());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run ends");

        String withoutColours = screen.replaceAll("\u001b\\[[0-9;]*m", "");
        assertFalse(withoutColours.contains("\u001b"), () -> "an escape sequence other than colour reached the terminal:\n" + visible(screen));
        assertFalse(withoutColours.replace("\r\n", "\n").contains("\r"), () -> "a carriage return reached the terminal:\n" + visible(screen));
        assertFalse(screen.contains("\u0007") || screen.contains("\u202e"), () -> "a bell or a bidi override reached the terminal:\n" + visible(screen));
        List<String> forged = withoutColours.lines().filter(l -> l.contains("all good") && !l.contains("printf")).toList();
        assertTrue(forged.size() >= 2, () -> visible(screen));
        // Escaped by the sanitizer (\r\e[K), or by the JSON writer in the parameters line (\r\u001B[K).
        forged.forEach(line -> assertTrue(line.contains("\\r\\e[K") || line.contains("\\r\\u001B[K"),
                () -> "the forgery shows escaped on its own line: " + line));
        assertTrue(withoutColours.contains("clear\\e[2J and retitle\\e]0;owned\\x07"), () -> visible(screen));
        assertTrue(withoutColours.contains("reversed \\u202egood lla\\u202c"), () -> visible(screen));
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String visible(String screen) {
        return screen.replace("\u001b", "<ESC>").replace("\r", "<CR>");
    }
}
