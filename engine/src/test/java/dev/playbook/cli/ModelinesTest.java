package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every playbook and world file the repository ships opens in an editor with its schema: its
 * first line is the YAML language server's modeline, naming (relative to the file) the schema of
 * its kind under schema/. Scenario and environment files have no schema yet, so no modeline.
 */
class ModelinesTest {

    private static final Pattern MODELINE = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$");

    @TestFactory
    Stream<DynamicTest> playbooksNameThePlaybookSchema() {
        return Repo.shippedPlaybooks().stream().map(file -> check(file, EditorSchemas.PLAYBOOK));
    }

    @TestFactory
    Stream<DynamicTest> worldsNameTheWorldSchema() {
        List<Path> worlds = Stream.concat(Repo.yamlFiles(Repo.root().resolve("worlds")).stream(),
                Repo.yamlFiles(Repo.root().resolve("examples")).stream().filter(f -> f.getFileName().toString().endsWith(".world.yaml"))).toList();
        assertTrue(worlds.size() >= 2, "the embedded world and the orders example's: " + worlds);
        return worlds.stream().map(file -> check(file, EditorSchemas.WORLD));
    }

    private static DynamicTest check(Path file, String schema) {
        return DynamicTest.dynamicTest(Repo.root().relativize(file).toString(), () -> {
            String first = Repo.read(file).lines().findFirst().orElse("");
            Matcher modeline = MODELINE.matcher(first);
            assertTrue(modeline.matches(), "the first line is `# yaml-language-server: $schema=<path to schema/" + schema + ">`, not: " + first);
            Path named = file.getParent().resolve(modeline.group(1)).normalize();
            assertEquals(Repo.root().resolve("schema").resolve(schema), named, "the modeline names the " + schema + " of the repository");
            assertTrue(Files.isRegularFile(named), named + " exists");
        });
    }
}
