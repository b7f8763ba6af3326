package dev.playbook.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Repo;
import org.junit.jupiter.api.Test;

/** Files generated from the format definition must be regenerated when it changes. */
class GeneratedFilesTest {

    @Test
    void schemaFileMatchesTheFormatDefinition() {
        assertEquals(SchemaGenerator.render(), Repo.read(Repo.root().resolve("schema/playbook-v1.schema.json")),
                "schema/playbook-v1.schema.json is stale: run `bin/playbook schema > schema/playbook-v1.schema.json`");
    }

    @Test
    void formatReferenceTablesMatchTheFormatDefinition() {
        String doc = Repo.read(Repo.root().resolve("docs/format.md"));
        int begin = doc.indexOf(FormatDocGenerator.BEGIN);
        int end = doc.indexOf(FormatDocGenerator.END);
        assertTrue(begin >= 0 && end > begin, "docs/format.md must contain the generated-section markers");
        String generated = doc.substring(begin + FormatDocGenerator.BEGIN.length(), end).strip();
        assertEquals(FormatDocGenerator.tables().strip(), generated,
                "docs/format.md tables are stale: replace the generated section with `bin/playbook schema --markdown`");
    }
}
