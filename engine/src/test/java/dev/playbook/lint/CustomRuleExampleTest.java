package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Severity;
import dev.playbook.lint.rules.BuiltinRules;
import dev.playbook.load.SourceFile;
import dev.playbook.model.Metadata;
import dev.playbook.model.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a team adds a house rule: one class extending {@link Rule}, registered on the builder next to
 * the built-in rules. It then takes part in everything the built-in rules do: suppressions,
 * .playbook-lint.yaml severities, every output format and the generated reference.
 */
class CustomRuleExampleTest {

    /** Our on-call rota needs an owner to page and a budget for every phase. */
    static final class OwnedAndBudgetedRule extends Rule {

        @Override
        public String id() {
            return "house-owned-and-budgeted";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public String category() {
            return "hygiene";
        }

        @Override
        public String summary() {
            return "A playbook without owners, or a phase without a budget.";
        }

        @Override
        public String documentation() {
            return "Whoever is paged needs someone to escalate to, and every phase needs a time box to be judged against.";
        }

        @Override
        public void begin() {
            Metadata metadata = file().playbook().metadata();
            if (metadata.owners().isEmpty()) {
                report(metadata.pos(), "playbook `" + metadata.name() + "` has no owners", "add `owners: [team]` under metadata");
            }
        }

        @Override
        public void phase(Phase phase) {
            if (phase.budget() == null) {
                report(phase.pos(), "phase `" + phase.id() + "` has no budget", "add `budget:` with the runbook's time box");
            }
        }
    }

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: house}
            phases:
              - id: assess
                steps:
                  - id: look
                    action: log
                    with: {message: looking}
              # playbook-lint: ignore[house-owned-and-budgeted] communication has no fixed time box
              - id: communicate
                steps:
                  - id: tell
                    action: log
                    with: {message: telling}
            """;

    private final Linter linter = Linter.builder().rules(BuiltinRules.all()).rule(OwnedAndBudgetedRule::new)
            .actions(LintFixture.ACTIONS).clock(LintFixture.TODAY).build();

    @Test
    void aRegisteredRuleReportsLikeABuiltInOneAndHonoursSuppressions() {
        FileReport report = linter.lint(new SourceFile("house.yaml", PLAYBOOK), LintConfig.DEFAULT);
        assertEquals(List.of(
                "house.yaml:3:11: error[house-owned-and-budgeted]: playbook `house` has no owners",
                "house.yaml:5:5: error[house-owned-and-budgeted]: phase `assess` has no budget"), LintFixture.headlines(report));
        assertEquals(1, report.suppressed());
    }

    @Test
    void repositoriesConfigureItAndTheReferenceDocumentsIt() {
        LintConfig warnOnly = new LintConfig(java.util.Map.of("house-owned-and-budgeted", java.util.Optional.of(Severity.WARNING)));
        FileReport report = linter.lint(new SourceFile("house.yaml", PLAYBOOK), warnOnly);
        assertTrue(report.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertTrue(RulesMarkdown.render(linter.rules()).contains("### house-owned-and-budgeted"));
    }
}
