package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ParallelSiblingRule} on lint/parallel-sibling.yaml, whose comments say what each step shows. */
class ParallelSiblingRuleTest {

    @Test
    void aBranchReadingAnotherBranchOfItsBlockIsReportedButReadsAfterTheBlockAreNot() {
        assertEquals(List.of(
                "lint/parallel-sibling.yaml:18:32: error[parallel-sibling]: `health` runs in parallel with `metrics`; its record may not be set yet"),
                LintFixture.lint("parallel-sibling", ParallelSiblingRule::new));
    }
}
