package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnusedInputRule} on lint/unused-input.yaml, whose comments say what each step shows. */
class UnusedInputRuleTest {

    @Test
    void inputsReadNowhereAreReportedWhileReadsInTitlesAndVarsCount() {
        assertEquals(List.of(
                "lint/unused-input.yaml:7:3: warning[unused-input]: input `desired_capacity` is never used"),
                LintFixture.lint("unused-input", UnusedInputRule::new));
    }
}
