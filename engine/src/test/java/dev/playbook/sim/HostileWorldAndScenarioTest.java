package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * World and scenario files are input like playbooks, with the same limits: an alias bomb, deep
 * nesting or a 50 MB file ends promptly with a positioned {@code error[yaml-limit]} (the bound
 * catches a hang or an exhausted heap, not a slowdown): {@code world check} exits 1 as for any
 * invalid world, and a drill given such a scenario exits 2 without running.
 */
class HostileWorldAndScenarioTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final Pattern POSITIONED = Pattern.compile("(?m)^\\S+\\.yaml:\\d+:\\d+: error\\[yaml-limit\\]: .+$");

    @TempDir
    static Path dir;

    static Stream<String> hostile() {
        return Stream.of("alias-bomb", "deep-nesting", "fifty-megabytes");
    }

    @ParameterizedTest(name = "world file: {0}")
    @MethodSource("hostile")
    void aHostileWorldFileIsRefusedWithAPosition(String kind) throws IOException {
        Path world = write(kind + ".world.yaml", kind, "apiVersion: playbook/v1\nkind: World\nmetadata:\n  name: hostile\n  description: ");

        CliRun check = assertTimeoutPreemptively(BOUND, () -> CliRun.of("world", "check", world.toString()));

        assertRefused(check, 1);
    }

    @ParameterizedTest(name = "scenario file: {0}")
    @MethodSource("hostile")
    void aHostileScenarioFileIsRefusedWithAPositionAndNothingRuns(String kind) throws IOException {
        Path scenario = write(kind + ".scenario.yaml", kind, "scenario: hostile\nplaybook: database-failover\nstubs:\n  - action: http.get\n    result: ");

        CliRun drill = assertTimeoutPreemptively(BOUND,
                () -> CliRun.of("drill", "../playbooks/database-failover.yaml", "--scenario", scenario.toString()));

        assertRefused(drill, 2);
        assertFalse(drill.out().contains("Verdict"), drill.out());
    }

    private static void assertRefused(CliRun run, int exitCode) {
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
        String said = run.out() + run.err();
        assertTrue(POSITIONED.matcher(said).find(), said);
        assertFalse(said.contains("Exception"), said);
    }

    /** A file that starts with {@code head} and whose last value is the hostile part. */
    private static Path write(String name, String kind, String head) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            switch (kind) {
                case "alias-bomb" -> {
                    out.write("&a0 [x, x, x, x, x, x, x, x, x, x]\n");
                    for (int level = 1; level <= 24; level++) {
                        out.write("z" + level + ": &a" + level + " [" + String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1))) + "]\n");
                    }
                }
                case "deep-nesting" -> out.write("[".repeat(100_000) + "]".repeat(100_000) + "\n");
                case "fifty-megabytes" -> {
                    out.write("fine\n");
                    String line = "# " + "x".repeat(98) + "\n";
                    for (int i = 0; i < 50 * 1024 * 1024 / line.length(); i++) {
                        out.write(line);
                    }
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }
        return file;
    }
}
