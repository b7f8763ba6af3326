package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReviewOverdueRule} on lint/review-overdue.yaml, whose comments say what each step shows. */
class ReviewOverdueRuleTest {

    @Test
    void aPassedReviewDateIsReportedCountingFromTheLintersClock() {
        assertEquals(List.of(
                "lint/review-overdue.yaml:8:11: warning[review-overdue]: review was due on 2026-05-01, 207 days ago"),
                LintFixture.lint("review-overdue", ReviewOverdueRule::new));
    }
}
