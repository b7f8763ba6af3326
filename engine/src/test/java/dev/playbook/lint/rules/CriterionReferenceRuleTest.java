package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CriterionReferenceRule} on lint/criterion-reference.yaml: a mistyped phase, a missing span end, a mistyped step. */
class CriterionReferenceRuleTest {

    @Test
    void criteriaNamingPhasesOrStepsThatDoNotExistAreReportedAtTheName() {
        assertEquals(List.of(
                "lint/criterion-reference.yaml:6:57: error[criterion-reference]: criterion names phase `failvoer`, which the playbook does not have; did you mean `failover`?",
                "lint/criterion-reference.yaml:7:69: error[criterion-reference]: criterion names step `back`, which the playbook does not have",
                "lint/criterion-reference.yaml:8:42: error[criterion-reference]: criterion names step `smoek`, which the playbook does not have; did you mean `smoke`?"),
                LintFixture.lint("criterion-reference", CriterionReferenceRule::new));
    }
}
