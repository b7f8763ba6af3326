package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StepOrderRule} on lint/step-order.yaml, whose comments say what each step shows. */
class StepOrderRuleTest {

    @Test
    void readingAStepBeforeItEndsIsReportedWhereverTheReadIs() {
        assertEquals(List.of(
                "lint/step-order.yaml:6:13: error[step-order]: var `early` reads `steps.promote`, but vars are computed before any step runs",
                "lint/step-order.yaml:12:42: error[step-order]: step `promote` runs after `announce`; `steps.promote` is not set yet",
                "lint/step-order.yaml:16:18: error[step-order]: step `promote` reads its own record, which is set only after it ends; use `result`",
                "lint/step-order.yaml:21:32: error[step-order]: step `left` is a branch of `fan_out`, whose record is set only after every branch ends",
                "lint/step-order.yaml:27:49: error[step-order]: `undo` is a rollback step; it runs only after a phase step failed"),
                LintFixture.lint("step-order", StepOrderRule::new));
    }
}
