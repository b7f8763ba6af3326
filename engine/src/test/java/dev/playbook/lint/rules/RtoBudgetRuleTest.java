package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RtoBudgetRule} on lint/rto-budget.yaml, whose comments say what each step shows. */
class RtoBudgetRuleTest {

    @Test
    void budgetsAddingUpToMoreThanTheRtoAreReportedAtTheRto() {
        assertEquals(List.of(
                "lint/rto-budget.yaml:5:19: warning[rto-budget]: phase budgets add up to 35m, more than the RTO of 30m"),
                LintFixture.lint("rto-budget", RtoBudgetRule::new));
    }
}
