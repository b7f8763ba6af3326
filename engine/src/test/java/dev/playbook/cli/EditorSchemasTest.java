package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.action.ActionRegistry;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** schema/ is what `playbook schema --out schema` writes from the format and the bundled actions, and nothing else. */
class EditorSchemasTest {

    private static final Path DIR = Repo.root().resolve("schema");
    private static final String REGENERATE = "run `bin/playbook schema --out schema`";

    @Test
    void everySchemaFileIsCurrent() {
        Map<String, String> generated = EditorSchemas.files(ActionRegistry.discover());
        generated.forEach((file, text) -> assertEquals(text, Repo.read(DIR.resolve(file)), "schema/" + file + " is stale: " + REGENERATE));
    }

    @Test
    void noFileIsLeftOverFromAnEarlierGeneration() throws IOException {
        TreeSet<String> present;
        try (Stream<Path> files = Files.walk(DIR)) {
            present = files.filter(Files::isRegularFile).map(f -> DIR.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(EditorSchemas.files(ActionRegistry.discover()).keySet()), present,
                "schema/ holds exactly the generated files: " + REGENERATE + " after deleting what is left over");
    }

    @Test
    void actionsAreGroupedByServiceAndTheRestStayTogether() {
        assertEquals("aws.rds", EditorSchemas.groupOf("aws.rds.promoteReadReplica"));
        assertEquals("actions", EditorSchemas.groupOf("http.get"));
        assertEquals("actions", EditorSchemas.groupOf("log"));
    }
}
