package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.playbook.lint.RulesMarkdown;
import dev.playbook.testing.CliRun;
import dev.playbook.testing.Golden;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook lint}: formats, exit codes and settings, as a CI job or a person meets them. */
class LintCommandTest {

    private static final String LINT = "src/test/resources/lint/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedPlaybooksAreCleanAndExitZero() {
        // examples/custom-action needs its plugin: PluginExampleIT lints it with the plugin loaded.
        CliRun run = CliRun.of("lint", Repo.root().resolve("playbooks").toString(), Repo.root().resolve("examples/hello.yaml").toString(),
                Repo.root().resolve("examples/waits-and-retries.yaml").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("8 files linted: no problems\n", run.out());
    }

    @Test
    void errorsArePrintedWithTheSourceLineACaretAndAHintAndExitOne() {
        CliRun run = CliRun.of("lint", LINT + "unknown-parameter.yaml");
        assertEquals(1, run.exitCode(), run.err());
        Golden.assertMatches("lint-unknown-parameter.out", run.out());
    }

    @Test
    void warningsAloneExitZeroUnlessStrict() {
        assertEquals(0, CliRun.of("lint", LINT + "wait-timeout.yaml").exitCode());
        CliRun strict = CliRun.of("lint", "--strict", LINT + "wait-timeout.yaml");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.out().endsWith("1 file linted: 0 errors, 2 warnings\n"), strict.out());
    }

    @Test
    void githubFormatAnnotatesEachFinding() {
        CliRun run = CliRun.of("lint", "--format", "github", LINT + "unknown-parameter.yaml");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("::error file=" + LINT + "unknown-parameter.yaml,line=13,col=11,title=unknown-parameter::"
                + "`aws.rds.promoteReadReplica` has no parameter `DBInstanceIdentifer`; did you mean `DBInstanceIdentifier`?%0A"), run.out());
    }

    @Test
    void jsonFormatListsEveryFindingWithItsRuleAndPosition() throws IOException {
        CliRun run = CliRun.of("lint", "--format", "json", LINT + "unknown-step.yaml", LINT + "review-overdue.yaml");
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(2, doc.get("files").asInt());
        assertEquals(2, doc.get("summary").get("errors").asInt());
        JsonNode first = doc.get("diagnostics").get(0);
        assertEquals("unknown-step", first.get("rule").asText());
        assertEquals(14, first.get("line").asInt());
        assertEquals(33, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
    }

    @Test
    void sarifOfThePlaybooksDirectoryIsValidSarif() throws IOException {
        CliRun run = CliRun.of("lint", "--format", "sarif", Repo.root().resolve("playbooks").toString());
        assertEquals(0, run.exitCode(), run.err());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Repo.read(Repo.root().resolve("engine/src/test/resources/lint/sarif/sarif-schema-2.1.0.json")));
        assertEquals(Set.of(), schema.validate(JSON.readTree(run.out())));
    }

    @Test
    void aSettingsFileChangesSeveritiesAndABrokenOneIsAUsageError(@TempDir Path dir) throws IOException {
        Path settings = Files.writeString(dir.resolve(".playbook-lint.yaml"), "rules:\n  wait-timeout: error\n");
        CliRun run = CliRun.of("lint", "--config", settings.toString(), LINT + "wait-timeout.yaml");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error[wait-timeout]"), run.out());

        Files.writeString(settings, "rules:\n  wait-timout: error\n");
        CliRun broken = CliRun.of("lint", "--config", settings.toString(), LINT + "wait-timeout.yaml");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains(settings + ":2:3: error[lint-config]: no rule `wait-timout`; did you mean `wait-timeout`?"), broken.err());
    }

    @Test
    void usageMistakesExitTwo() {
        assertEquals(2, CliRun.of("lint").exitCode());
        assertEquals(2, CliRun.of("lint", "no/such/dir").exitCode());
        CliRun format = CliRun.of("lint", "--format", "xml", LINT + "unknown-step.yaml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("expected one of [text, json, sarif, github]"), format.err());
    }

    @Test
    void rulesMarkdownPrintsTheGeneratedReference() {
        CliRun run = CliRun.of("lint", "--rules-markdown");
        assertEquals(0, run.exitCode());
        String doc = Repo.read(Repo.root().resolve("docs/lint-rules.md"));
        assertTrue(doc.contains(RulesMarkdown.BEGIN + "\n" + run.out()), "docs/lint-rules.md holds the printed reference");
    }
}
