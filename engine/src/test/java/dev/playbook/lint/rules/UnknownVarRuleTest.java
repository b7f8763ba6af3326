package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownVarRule} on lint/unknown-var.yaml, whose comments say what each step shows. */
class UnknownVarRuleTest {

    @Test
    void undeclaredVarsAndVarsReadBeforeTheyAreComputedAreReported() {
        assertEquals(List.of(
                "lint/unknown-var.yaml:6:19: error[unknown-var]: var `host` is computed after `url`; vars are computed in order",
                "lint/unknown-var.yaml:8:12: error[unknown-var]: var `loop` reads itself",
                "lint/unknown-var.yaml:14:48: error[unknown-var]: no var `timout`"),
                LintFixture.lint("unknown-var", UnknownVarRule::new));
    }
}
