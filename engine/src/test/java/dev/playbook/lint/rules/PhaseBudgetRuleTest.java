package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PhaseBudgetRule} on lint/phase-budget.yaml, whose comments say what each step shows. */
class PhaseBudgetRuleTest {

    @Test
    void timeoutsLongerThanTheirPhaseBudgetAreReportedAtTheTimeout() {
        assertEquals(List.of(
                "lint/phase-budget.yaml:12:18: warning[phase-budget]: timeout 20m is longer than the 15m budget of phase `assess`",
                "lint/phase-budget.yaml:19:20: warning[phase-budget]: timeout 1h is longer than the 15m budget of phase `assess`"),
                LintFixture.lint("phase-budget", PhaseBudgetRule::new));
    }
}
