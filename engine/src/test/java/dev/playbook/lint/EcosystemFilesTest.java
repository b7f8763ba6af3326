package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The files other tools read to run lint: pre-commit's hook list and the GitHub Actions example. */
class EcosystemFilesTest {

    private static Object yaml(Path file) {
        return new Load(LoadSettings.builder().build()).loadFromString(Repo.read(file));
    }

    @Test
    @SuppressWarnings("unchecked")
    void preCommitHooksRunLintThroughAnExecutableOfThisRepository() {
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) yaml(Repo.root().resolve(".pre-commit-hooks.yaml"));
        assertEquals(List.of("playbook-lint", "playbook-lint-system"), hooks.stream().map(h -> h.get("id")).toList());
        for (Map<String, Object> hook : hooks) {
            assertTrue(hook.keySet().containsAll(List.of("name", "entry", "language", "files")), hook.toString());
            assertTrue(String.valueOf(hook.get("entry")).endsWith("playbook lint"), hook.toString());
            assertEquals(true, hook.get("require_serial"), "one lint at a time: the first one builds the jar");
        }
        Path script = Repo.root().resolve(String.valueOf(hooks.get(0).get("entry")).split(" ")[0]);
        assertEquals("script", hooks.get(0).get("language"));
        assertTrue(Files.isExecutable(script), script + " is executable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowExampleAnnotatesAndUploadsSarif() {
        Path workflow = Repo.root().resolve("examples/ci/.github/workflows/playbook-lint.yml");
        Map<String, Object> root = (Map<String, Object>) yaml(workflow);
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) root.get("jobs")).get("lint");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        List<String> runs = steps.stream().filter(s -> s.containsKey("run")).map(s -> String.valueOf(s.get("run"))).toList();
        assertTrue(runs.stream().anyMatch(r -> r.contains("lint --format github playbooks")), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.contains("lint --format sarif playbooks > playbook-lint.sarif")), runs.toString());
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif")));
        assertEquals("write", ((Map<String, Object>) root.get("permissions")).get("security-events"));
    }

    @Test
    void theExampleSettingsFileIsValid() {
        LintConfig config = LintConfig.load(Repo.root().resolve("examples/ci/.playbook-lint.yaml"), LintFixture.allRules().ruleIds());
        assertTrue(!config.enabled("unused-var") || config.severity("unused-var", dev.playbook.diag.Severity.WARNING)
                == dev.playbook.diag.Severity.INFO);
    }
}
