package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ShellInjectionRule} on lint/shell-injection.yaml: templates in `command` are reported, argv and env are not. */
class ShellInjectionRuleTest {

    @Test
    void everyTemplateInACommandStringIsReportedButArgvAndEnvAreFine() {
        assertEquals(List.of(
                "lint/shell-injection.yaml:13:34: error[shell-injection]: `${inputs.name}` is inside a shell command string, where its value could be read as shell code",
                "lint/shell-injection.yaml:13:57: error[shell-injection]: `${run.id}` is inside a shell command string, where its value could be read as shell code"),
                LintFixture.lint("shell-injection", ShellInjectionRule::new));
    }
}
