package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnusedVarRule} on lint/unused-var.yaml, whose comments say what each step shows. */
class UnusedVarRuleTest {

    @Test
    void varsReadNowhereAreReportedWhileReadsFromOtherVarsCount() {
        assertEquals(List.of(
                "lint/unused-var.yaml:7:3: warning[unused-var]: var `old_replica` is never used"),
                LintFixture.lint("unused-var", UnusedVarRule::new));
    }
}
