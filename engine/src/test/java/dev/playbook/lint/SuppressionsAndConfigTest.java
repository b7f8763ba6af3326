package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.PlaybookException;
import dev.playbook.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments that silence findings, and the per-repository severities of .playbook-lint.yaml. */
class SuppressionsAndConfigTest {

    private final Linter linter = LintFixture.allRules();

    private List<String> lint(String fixture, LintConfig config) {
        return LintFixture.headlines(linter.lint(LintFixture.source(fixture), config));
    }

    @Test
    void aCommentAboveAStepSilencesTheWholeStepAndOneAtALineEndOnlyItsLine() {
        FileReport report = linter.lint(LintFixture.source("suppressions"), LintConfig.DEFAULT);
        assertEquals(List.of(
                "lint/suppressions.yaml:24:28: error[unknown-step]: no step `gone`"), LintFixture.headlines(report));
        assertEquals(5, report.suppressed(), "report: 2 reads, the block: 2 findings, line_only: 1");
    }

    @Test
    void configuredSeveritiesReplaceTheDefaultsAndOffSilencesARule() {
        LintConfig config = new LintConfig(Map.of("unknown-step", Optional.of(Severity.WARNING), "unused-var", Optional.empty()));
        assertEquals(List.of(
                "lint/unknown-step.yaml:14:33: warning[unknown-step]: no step `promte`; did you mean `promote`?",
                "lint/unknown-step.yaml:17:59: warning[unknown-step]: `failover` is a phase, not a step; expressions can read only steps"),
                lint("unknown-step", config));
        assertEquals(List.of(), lint("unused-var", config));
    }

    @Test
    void suppressingARuleTheRepositoryTurnedOffIsNotStale() {
        LintConfig config = new LintConfig(Map.of("unknown-step", Optional.empty()));
        assertEquals(List.of(
                "lint/unused-suppression.yaml:17:74: warning[unused-suppression]: no rule `unknown-stp`; did you mean `unknown-step`?",
                "lint/unused-suppression.yaml:17:86: warning[unused-suppression]: `yaml-syntax` is a loader check; it cannot be suppressed"),
                lint("unused-suppression", config));
    }

    @Test
    void theNearestSettingsFileAboveAPlaybookWinsThenTheWorkingDirectorys(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("repo/playbooks/team"));
        Path playbook = Files.writeString(nested.resolve("p.yaml"), "");
        Path elsewhere = Files.createDirectories(dir.resolve("cwd"));
        assertEquals(Optional.empty(), LintConfig.find(playbook, elsewhere));
        Files.writeString(elsewhere.resolve(LintConfig.FILE_NAME), "rules: {}\n");
        assertEquals(Optional.of(elsewhere.resolve(LintConfig.FILE_NAME)), LintConfig.find(playbook, elsewhere));
        Path repo = Files.writeString(dir.resolve("repo").resolve(LintConfig.FILE_NAME), "rules: {}\n");
        assertEquals(Optional.of(repo), LintConfig.find(playbook, elsewhere));
    }

    @Test
    void aSettingsFileIsCheckedAgainstTheRulesWithPositions(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(LintConfig.FILE_NAME), "rules:\n  unused-var: off\n  unknown-stpe: error\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> LintConfig.load(file, linter.ruleIds()));
        assertEquals(file + ":3:3: error[lint-config]: no rule `unknown-stpe`; did you mean `unknown-step`?", e.diagnostics().get(0).headline());

        Files.writeString(file, "rules:\n  unused-var: loud\n");
        e = assertThrows(PlaybookException.class, () -> LintConfig.load(file, linter.ruleIds()));
        assertEquals(file + ":2:15: error[lint-config]: `loud` is not a severity", e.diagnostics().get(0).headline());

        Files.writeString(file, "rules:\n  unused-var: off\n  review-overdue: ERROR\n");
        LintConfig config = LintConfig.load(file, linter.ruleIds());
        assertTrue(!config.enabled("unused-var") && config.severity("review-overdue", Severity.WARNING) == Severity.ERROR);
    }

    @Test
    void aFileTheLoaderRejectsGetsOnlyTheLoadersDiagnostics() {
        FileReport report = linter.lint(new dev.playbook.load.SourceFile("broken.yaml",
                "apiVersion: playbook/v1\nkind: Playbook\nmetadata: {name: b}\nphases:\n  - id: p\n    budget: soon\n    steps: [{id: s, action: log}]\n"),
                LintConfig.DEFAULT);
        assertEquals(List.of("broken.yaml:6:13: error[bad-duration]: `soon` is not a duration"), LintFixture.headlines(report));
    }
}
