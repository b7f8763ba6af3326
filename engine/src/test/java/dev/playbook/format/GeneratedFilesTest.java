package dev.playbook.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Repo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * The reference tables generated from a format definition must be regenerated when it changes
 * (the schemas beside them: EditorSchemasTest).
 */
class GeneratedFilesTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(FormatV1.FORMAT, "docs/format.md", "bin/playbook schema"),
                Arguments.of(WorldFormatV1.FORMAT, "docs/world-format.md", "bin/playbook world schema"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formats")
    void referenceTablesMatchTheFormatDefinition(Format format, String doc, String command) {
        String text = Repo.read(Repo.root().resolve(doc));
        int begin = text.indexOf(format.docBegin());
        int end = text.indexOf(FormatDocGenerator.END, Math.max(begin, 0));
        assertTrue(begin >= 0 && end > begin, doc + " must contain the generated-section markers " + format.docBegin());
        String generated = text.substring(begin + format.docBegin().length(), end).strip();
        assertEquals(FormatDocGenerator.tables(format).strip(), generated,
                doc + " tables are stale: replace the generated section with `" + command + " --markdown`");
    }
}
