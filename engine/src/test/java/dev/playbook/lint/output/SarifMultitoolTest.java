package dev.playbook.lint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.lint.LintFixture;
import dev.playbook.lint.Linter;
import dev.playbook.testing.NpmTools;
import dev.playbook.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's SARIF Multitool (tools/sarif, the validator behind the SARIF web validator) finds
 * nothing at its error and warning levels in lint's SARIF with findings of every kind: rule
 * findings, a stale suppression, suppressed findings and a loader error.
 */
class SarifMultitoolTest {

    @Test
    void theMultitoolValidatesLintsSarifWithoutErrorsOrWarnings(@TempDir Path dir) throws Exception {
        Path multitool = NpmTools.bin("sarif", "sarif-multitool");
        Linter linter = LintFixture.allRules();
        Path log = dir.resolve("lint.sarif");
        Files.writeString(log, SarifOutputTest.sarif(SarifOutputTest.everyKind(linter), linter));
        Path findings = dir.resolve("validation.sarif");

        // The npm launcher hands its arguments to a shell, so the list keeps its quotes (as the Multitool's help asks).
        Processes.Finished validated = Processes.run(List.of(multitool.toString(), "validate", log.toString(), "--output", findings.toString(),
                "--level", "\"Error;Warning\""), "");

        JsonNode results = new ObjectMapper().readTree(findings.toFile()).get("runs").get(0).get("results");
        List<String> problems = new ArrayList<>();
        results.forEach(r -> problems.add(r.path("ruleId").asText() + ": " + r.path("message").toString()));
        assertEquals(List.of(), problems, validated.output());
        assertEquals(0, validated.exitCode(), validated.output());
        assertTrue(Files.size(log) > 0);
    }
}
