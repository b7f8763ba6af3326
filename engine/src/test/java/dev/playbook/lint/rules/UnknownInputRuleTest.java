package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownInputRule} on lint/unknown-input.yaml, whose comments say what each step shows. */
class UnknownInputRuleTest {

    @Test
    void undeclaredInputsAreReportedWithTheClosestDeclaredName() {
        assertEquals(List.of(
                "lint/unknown-input.yaml:11:16: error[unknown-input]: no input `dr_regoin`; did you mean `dr_region`?",
                "lint/unknown-input.yaml:13:65: error[unknown-input]: no input `target`"),
                LintFixture.lint("unknown-input", UnknownInputRule::new));
    }
}
