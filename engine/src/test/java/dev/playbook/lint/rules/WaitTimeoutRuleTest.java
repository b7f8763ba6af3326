package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WaitTimeoutRule} on lint/wait-timeout.yaml, whose comments say what each step shows. */
class WaitTimeoutRuleTest {

    @Test
    void waitsWithoutTheirOwnTimeoutAreReportedWithTheLimitThatAppliesInstead() {
        assertEquals(List.of(
                "lint/wait-timeout.yaml:11:9: warning[wait-timeout]: wait `db_available` has no `timeout`; it stops at defaults.timeout, 10m",
                "lint/wait-timeout.yaml:18:9: warning[wait-timeout]: wait `app_healthy` has no `timeout`; it stops at the step's timeout of 30m"),
                LintFixture.lint("wait-timeout", WaitTimeoutRule::new));
    }
}
