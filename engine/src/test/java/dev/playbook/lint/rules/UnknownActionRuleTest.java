package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownActionRule} on lint/unknown-action.yaml, whose comments say what each step shows. */
class UnknownActionRuleTest {

    @Test
    void unknownActionsGetTheActionNameForAwsCliSpellingsAndTheClosestNameOtherwise() {
        assertEquals(List.of(
                "lint/unknown-action.yaml:9:17: error[unknown-action]: unknown action `aws rds promote-read-replica`; did you mean `aws.rds.promoteReadReplica`?",
                "lint/unknown-action.yaml:12:19: error[unknown-action]: unknown action `aws.rds.DescribeDBInstances`; did you mean `aws.rds.describeDBInstances`?",
                "lint/unknown-action.yaml:17:17: error[unknown-action]: unknown action `notfy`; did you mean `notify`?"),
                LintFixture.lint("unknown-action", UnknownActionRule::new));
    }
}
