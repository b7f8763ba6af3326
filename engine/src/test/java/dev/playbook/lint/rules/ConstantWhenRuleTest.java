package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ConstantWhenRule} on lint/constant-when.yaml, whose comments say what each step shows. */
class ConstantWhenRuleTest {

    @Test
    void conditionsWithoutVariablesAreReportedButInputsAndTheClockMakeThemVary() {
        assertEquals(List.of(
                "lint/constant-when.yaml:11:15: warning[constant-when]: `when: true` always holds; the condition does nothing",
                "lint/constant-when.yaml:15:16: warning[constant-when]: `when: false` never holds; step `never` never runs",
                "lint/constant-when.yaml:19:16: warning[constant-when]: `when: 'prod' == 'prod'` reads no variable, so it is the same on every run"),
                LintFixture.lint("constant-when", ConstantWhenRule::new));
    }
}
