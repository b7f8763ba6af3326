package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.format.SchemaGenerator;
import dev.playbook.testing.CliRun;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void printsTheGeneratedSchema() {
        CliRun run = CliRun.of("schema");
        assertEquals(0, run.exitCode());
        assertEquals(SchemaGenerator.render(dev.playbook.format.FormatV1.FORMAT), run.out());
    }

    @Test
    void versionNamesTheSupportedFormats() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("playbook ") && run.out().contains("playbook/v1"), run.out());
    }
}
