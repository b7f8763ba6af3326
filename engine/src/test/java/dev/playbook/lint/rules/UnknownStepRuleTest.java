package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownStepRule} on lint/unknown-step.yaml, whose comments say what each step shows. */
class UnknownStepRuleTest {

    @Test
    void aMisspeltStepIdGetsTheClosestIdAndAPhaseIdIsNotAStep() {
        assertEquals(List.of(
                "lint/unknown-step.yaml:14:33: error[unknown-step]: no step `promte`; did you mean `promote`?",
                "lint/unknown-step.yaml:17:59: error[unknown-step]: `failover` is a phase, not a step; expressions can read only steps"),
                LintFixture.lint("unknown-step", UnknownStepRule::new));
    }
}
