package dev.playbook.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Editors validate with the JSON Schema, the interpreter with its loader: they must agree on
 * which files are valid. Files under fixtures/invalid-semantic are excluded on purpose: their
 * mistakes (expression syntax, duplicate ids, out-of-range values, impossible dates) are beyond
 * what a JSON Schema can express, and only the loader reports them. The schema is read from its
 * file, as editors read it, so that its references to the actions' schemas beside it resolve.
 */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Repo.root().resolve("schema/playbook-v1.schema.json").toUri());

    @TestFactory
    Stream<DynamicTest> schemaAndLoaderAgree() {
        return Stream.of("playbooks", "examples", "engine/src/test/resources/fixtures/valid", "engine/src/test/resources/fixtures/invalid")
                .flatMap(dir -> Repo.yamlFiles(Repo.root().resolve(dir)).stream())
                .filter(file -> !file.toString().contains("/examples/ci/"))
                .map(file -> DynamicTest.dynamicTest(Repo.root().relativize(file).toString(), () -> {
                    LoadResult loaded = PlaybookLoader.load(file);
                    Set<ValidationMessage> schemaErrors = schemaErrors(file);
                    assertEquals(loaded.ok(), schemaErrors != null && schemaErrors.isEmpty(),
                            "loader says " + (loaded.ok() ? "valid" : "invalid: " + loaded.diagnostics())
                                    + "; schema says " + (schemaErrors == null ? "not YAML" : schemaErrors));
                }));
    }

    /** The schema's complaints, or null when the file is not even a YAML mapping. */
    private static Set<ValidationMessage> schemaErrors(Path file) {
        Object tree;
        try {
            tree = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(Repo.read(file));
        } catch (RuntimeException e) {
            return null;
        }
        JsonNode json = JSON.valueToTree(tree);
        return SCHEMA.validate(json);
    }
}
