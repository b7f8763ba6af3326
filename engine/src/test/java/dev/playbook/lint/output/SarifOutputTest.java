package dev.playbook.lint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;

/**
 * SARIF output is checked against the official SARIF 2.1.0 schema (vendored under
 * src/test/resources/lint/sarif with its source), with findings of every kind in it: rule
 * findings, a loader error, a stale suppression.
 */
class SarifOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SARIF = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(Repo.read(LintFixture.dir().resolve("sarif/sarif-schema-2.1.0.json")));

    static String sarif(List<FileReport> reports, Linter linter) {
        StringWriter out = new StringWriter();
        SarifOutput.write(new LintResults(reports, linter.rules()), "0.1.0-SNAPSHOT", Repo.root(), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void outputWithFindingsOfEveryKindIsValidSarif() throws Exception {
        Linter linter = LintFixture.allRules();
        List<FileReport> reports = new ArrayList<>();
        for (String fixture : List.of("unknown-parameter", "unused-suppression", "maybe-skipped")) {
            reports.add(linter.lint(LintFixture.dir().resolve(fixture + ".yaml"), LintConfig.DEFAULT));
        }
        reports.add(linter.lint(Repo.fixtures().resolve("invalid/five-mistakes.yaml"), LintConfig.DEFAULT));
        JsonNode log = JSON.readTree(sarif(reports, linter));

        Set<ValidationMessage> problems = SARIF.validate(log);
        assertEquals(Set.of(), problems);
        JsonNode run = log.get("runs").get(0);
        JsonNode first = run.get("results").get(0);
        assertEquals("unknown-parameter", first.get("ruleId").asText());
        assertEquals("engine/src/test/resources/lint/unknown-parameter.yaml",
                first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals(13, first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt());
        assertEquals("unknown-parameter", rule.get("id").asText());
    }

    @Test
    void pathsBecomeRelativeUriReferences() {
        Path root = Repo.root();
        assertEquals("playbooks/my%20failover.yaml", SarifOutput.uri(root.resolve("playbooks/my failover.yaml").toString(), root));
        assertEquals("playbooks/x.yaml", SarifOutput.uri("playbooks/x.yaml", Path.of("").toAbsolutePath()));
    }
}
