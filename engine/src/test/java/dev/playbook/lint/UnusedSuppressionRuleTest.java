package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnusedSuppressionRule} on lint/unused-suppression.yaml. Suppressions need the rules they
 * name, so this fixture runs with every built-in rule: the comment above `report` suppresses its
 * finding, the one on `tidy` has nothing to suppress, the misspelt one on `typo` names no rule and
 * so lets the finding through.
 */
class UnusedSuppressionRuleTest {

    @Test
    void staleAndMisspeltSuppressionsAreReportedAndDoNotSuppress() {
        assertEquals(List.of(
                "lint/unused-suppression.yaml:14:56: warning[unused-suppression]: `ignore[unknown-step]` suppresses nothing here",
                "lint/unused-suppression.yaml:17:28: error[unknown-step]: no step `gone`",
                "lint/unused-suppression.yaml:17:74: warning[unused-suppression]: no rule `unknown-stp`; did you mean `unknown-step`?",
                "lint/unused-suppression.yaml:17:86: warning[unused-suppression]: `yaml-syntax` is a loader check; it cannot be suppressed"),
                LintFixture.headlines(LintFixture.allRules().lint(LintFixture.source("unused-suppression"), LintConfig.DEFAULT)));
    }
}
