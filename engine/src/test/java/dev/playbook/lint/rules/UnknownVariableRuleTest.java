package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownVariableRule} on lint/unknown-variable.yaml, whose comments say what each step shows. */
class UnknownVariableRuleTest {

    @Test
    void variablesThatDoNotExistWhereTheExpressionRunsAreReported() {
        assertEquals(List.of(
                "lint/unknown-variable.yaml:11:16: error[unknown-variable]: no variable `input`; did you mean `inputs`?",
                "lint/unknown-variable.yaml:13:54: error[unknown-variable]: `run` has no `ID`; did you mean `id`?",
                "lint/unknown-variable.yaml:15:68: error[unknown-variable]: `result` is set only in `expect` and a wait's `until`; elsewhere read `steps.<id>.result`",
                "lint/unknown-variable.yaml:18:28: error[unknown-variable]: `result` is set only in `expect` and a wait's `until`; elsewhere read `steps.<id>.result`"),
                LintFixture.lint("unknown-variable", UnknownVariableRule::new));
    }
}
