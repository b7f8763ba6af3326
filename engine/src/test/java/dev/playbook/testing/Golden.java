package dev.playbook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources/golden. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = Repo.root().resolve("engine/src/test/resources/golden").resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            String expected = Files.exists(file) ? Files.readString(file) : "<missing golden file " + name + ">";
            assertEquals(expected, actual, "output differs from golden/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
