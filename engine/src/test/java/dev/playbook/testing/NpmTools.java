package dev.playbook.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The npm tools under tools/ (asl: the export tests' validator; sarif: the SARIF Multitool;
 * yaml-ls: the YAML language server), each installed by .ci/run with npm ci. In CI a missing
 * tool fails the test; on a developer's machine the test is skipped with the command that
 * installs it.
 */
public final class NpmTools {

    private NpmTools() {
    }

    public static Path aslDir() {
        return dir("asl");
    }

    /** tools/{@code tool}. */
    public static Path dir(String tool) {
        return Repo.root().resolve("tools").resolve(tool);
    }

    /** An executable of tools/asl/node_modules/.bin, or the test stops here. */
    public static Path bin(String name) {
        return bin("asl", name);
    }

    /** An executable of tools/{@code tool}/node_modules/.bin, or the test stops here. */
    public static Path bin(String tool, String name) {
        Path executable = dir(tool).resolve("node_modules/.bin").resolve(name);
        if (!Files.isExecutable(executable)) {
            String message = name + " is not installed; run: npm ci --prefix tools/" + tool + " (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return executable;
    }
}
