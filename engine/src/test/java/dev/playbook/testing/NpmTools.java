package dev.playbook.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The npm tools of tools/asl (installed by .ci/run with npm ci). In CI a missing tool fails the
 * test; on a developer's machine the test is skipped with the command that installs it.
 */
public final class NpmTools {

    private NpmTools() {
    }

    public static Path aslDir() {
        return Repo.root().resolve("tools/asl");
    }

    /** An executable of tools/asl/node_modules/.bin, or the test stops here. */
    public static Path bin(String name) {
        Path tool = aslDir().resolve("node_modules/.bin").resolve(name);
        if (!Files.isExecutable(tool)) {
            String message = name + " is not installed; run: npm ci --prefix tools/asl (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return tool;
    }
}
