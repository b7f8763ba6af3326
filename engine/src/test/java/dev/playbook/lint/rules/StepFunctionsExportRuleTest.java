package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintConfig;
import dev.playbook.lint.LintFixture;
import dev.playbook.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StepFunctionsExportRule} on lint/export-stepfunctions.yaml, whose comments say what each step shows. */
class StepFunctionsExportRuleTest {

    private static List<String> lint(LintConfig config) {
        Linter linter = Linter.builder().rule(StepFunctionsExportRule::new).actions(LintFixture.ACTIONS).clock(LintFixture.TODAY).build();
        return LintFixture.headlines(linter.lint(LintFixture.source("export-stepfunctions"), config));
    }

    @Test
    void withTheProfileWhatTheExportCannotExpressIsReported() {
        assertEquals(List.of(
                "lint/export-stepfunctions.yaml:7:10: error[export-stepfunctions]: secret input `token` would be part of the execution's input, which Step Functions keeps in its history (Step Functions)",
                "lint/export-stepfunctions.yaml:20:17: error[export-stepfunctions]: step `elsewhere` calls AWS in `us-east-1`, but a state machine's AWS SDK tasks call the region it is deployed in (`${inputs.region}`, defaults.region) (Step Functions)",
                "lint/export-stepfunctions.yaml:24:17: error[export-stepfunctions]: shell step `script` runs a program on the operator's machine, which a state machine does not have (Step Functions)",
                "lint/export-stepfunctions.yaml:29:20: error[export-stepfunctions]: `run.elapsed` has no Step Functions counterpart (Step Functions)"),
                lint(LintConfig.DEFAULT.withProfile(StepFunctionsExportRule.PROFILE)));
    }

    @Test
    void withoutTheProfileNothingIsReported() {
        assertEquals(List.of(), lint(LintConfig.DEFAULT));
    }
}
