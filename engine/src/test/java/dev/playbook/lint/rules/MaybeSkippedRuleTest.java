package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MaybeSkippedRule} on lint/maybe-skipped.yaml, whose comments say what each step shows. */
class MaybeSkippedRuleTest {

    @Test
    void unguardedReadsOfAConditionalStepsResultAreReportedAndGuardedOnesAreNot() {
        assertEquals(List.of(
                "lint/maybe-skipped.yaml:17:28: warning[maybe-skipped]: `steps.move_dns.result.message` fails when `move_dns` was skipped: it runs only when `inputs.use_dns`",
                "lint/maybe-skipped.yaml:34:20: warning[maybe-skipped]: `steps.move_dns.result.message` fails when `move_dns` was skipped: it runs only when `inputs.use_dns`"),
                LintFixture.lint("maybe-skipped", MaybeSkippedRule::new));
    }
}
