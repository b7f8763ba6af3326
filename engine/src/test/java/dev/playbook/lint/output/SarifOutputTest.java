package dev.playbook.lint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintConfig;
import dev.playbook.lint.LintFixture;
import dev.playbook.lint.LintResults;
import dev.playbook.lint.Linter;
import dev.playbook.testing.Repo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF output is checked against the official SARIF 2.1.0 schema (vendored under
 * src/test/resources/lint/sarif with its source), with findings of every kind in it: rule
 * findings, a loader error, a stale suppression, suppressed findings; and for what GitHub code
 * scanning needs besides: help per rule, URIs under the repository root, stable fingerprints.
 * {@link SarifMultitoolTest} runs Microsoft's validator on the same kind of output.
 */
class SarifOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SARIF = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(Repo.read(LintFixture.dir().resolve("sarif/sarif-schema-2.1.0.json")));

    static final SarifOutput.Tool TOOL = new SarifOutput.Tool("0.1.0-SNAPSHOT", "https://example.test/playbook");

    static String sarif(List<FileReport> reports, Linter linter) {
        StringWriter out = new StringWriter();
        SarifOutput.write(new LintResults(reports, linter.rules()), TOOL, Repo.root(), new PrintWriter(out));
        return out.toString();
    }

    /** Findings of every kind: rule findings, a stale suppression, suppressed findings, a loader error. */
    static List<FileReport> everyKind(Linter linter) {
        List<FileReport> reports = new ArrayList<>();
        for (String fixture : List.of("unknown-parameter", "unused-suppression", "maybe-skipped", "suppressions")) {
            reports.add(linter.lint(LintFixture.dir().resolve(fixture + ".yaml"), LintConfig.DEFAULT));
        }
        reports.add(linter.lint(Repo.fixtures().resolve("invalid/five-mistakes.yaml"), LintConfig.DEFAULT));
        return reports;
    }

    @Test
    void outputWithFindingsOfEveryKindIsValidSarif() throws Exception {
        Linter linter = LintFixture.allRules();
        JsonNode log = JSON.readTree(sarif(everyKind(linter), linter));

        Set<ValidationMessage> problems = SARIF.validate(log);
        assertEquals(Set.of(), problems);
        JsonNode run = log.get("runs").get(0);
        JsonNode first = run.get("results").get(0);
        assertEquals("unknown-parameter", first.get("ruleId").asText());
        JsonNode artifact = first.get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("engine/src/test/resources/lint/unknown-parameter.yaml", artifact.get("uri").asText());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
        assertEquals(Repo.root().toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        assertTrue(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText().endsWith("/"), "a base URI ends with a slash");
        assertEquals(13, first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt());
        assertEquals("unknown-parameter", rule.get("id").asText());
    }

    @Test
    void everyRuleHasHelpALinkToItsSectionAndANameThatIsNotItsId() throws Exception {
        Linter linter = LintFixture.allRules();
        JsonNode driver = JSON.readTree(sarif(List.of(), linter)).get("runs").get(0).get("tool").get("driver");
        assertEquals("https://example.test/playbook", driver.get("informationUri").asText());
        String doc = Repo.read(Repo.root().resolve("docs/lint-rules.md"));
        for (JsonNode rule : driver.get("rules")) {
            String id = rule.get("id").asText();
            assertFalse(rule.get("name").asText().equalsIgnoreCase(id), id);
            String anchor = rule.get("helpUri").asText().replace("https://example.test/playbook/blob/main/docs/lint-rules.md#", "");
            String heading = anchor.equals("loader-checks") ? "\n## Loader checks\n" : "\n### " + anchor + "\n";
            assertTrue(doc.contains(heading), id + ": docs/lint-rules.md has no section #" + anchor);
            assertTrue(rule.get("help").get("text").asText().contains(rule.get("shortDescription").get("text").asText()), id);
            assertTrue(rule.get("help").get("markdown").asText().contains("](" + rule.get("helpUri").asText() + ")"), id);
        }
        assertEquals("IoCheck", driver.get("rules").findParents("id").stream().filter(r -> r.get("id").asText().equals("io"))
                .findFirst().orElseThrow().get("name").asText());
    }

    @Test
    void suppressedFindingsAreResultsWithTheCommentsReason() throws Exception {
        Linter linter = LintFixture.allRules();
        FileReport report = linter.lint(LintFixture.dir().resolve("suppressions.yaml"), LintConfig.DEFAULT);
        JsonNode results = JSON.readTree(sarif(List.of(report), linter)).get("runs").get(0).get("results");
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertEquals(report.suppressed(), suppressed.size());
        assertEquals(report.diagnostics().size() + report.suppressed(), results.size());
        JsonNode suppression = suppressed.get(0).get("suppressions").get(0);
        assertEquals("inSource", suppression.get("kind").asText());
        assertFalse(suppression.path("justification").asText().isBlank(), suppression.toString());
    }

    @Test
    void aFingerprintFollowsTheFindingWhenLinesAreInsertedAboveIt(@TempDir Path dir) throws Exception {
        Linter linter = LintFixture.allRules();
        Path playbook = dir.resolve("p.yaml");
        String text = Repo.read(LintFixture.dir().resolve("unknown-parameter.yaml"));
        Files.writeString(playbook, text);
        JsonNode before = JSON.readTree(sarif(List.of(linter.lint(playbook, LintConfig.DEFAULT)), linter)).get("runs").get(0).get("results").get(0);
        Files.writeString(playbook, "# a comment added above\n\n" + text);
        JsonNode after = JSON.readTree(sarif(List.of(linter.lint(playbook, LintConfig.DEFAULT)), linter)).get("runs").get(0).get("results").get(0);
        assertEquals(before.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() + 2,
                after.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        String fingerprint = before.get("partialFingerprints").get(SarifOutput.FINGERPRINT).asText();
        assertTrue(fingerprint.matches("[0-9a-f]{32}:1"), fingerprint);
        assertEquals(fingerprint, after.get("partialFingerprints").get(SarifOutput.FINGERPRINT).asText());
    }

    @Test
    void pathsBecomeUriReferencesUnderTheRepositoryRoot(@TempDir Path dir) throws Exception {
        Path root = Repo.root();
        assertEquals("playbooks/my%20failover.yaml", SarifOutput.relative(root.resolve("playbooks/my failover.yaml").toString(), root));
        assertNull(SarifOutput.relative("/elsewhere/x.yaml", root));
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.createDirectories(dir.resolve("repo/playbooks/deep"));
        assertEquals(dir.resolve("repo").toRealPath(), SarifOutput.repositoryRoot(dir.resolve("repo/playbooks/deep")).toRealPath());
    }
}
