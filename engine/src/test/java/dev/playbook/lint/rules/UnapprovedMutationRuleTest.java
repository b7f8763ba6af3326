package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnapprovedMutationRule} on lint/unapproved-mutation.yaml, whose comments say what each step shows. */
class UnapprovedMutationRuleTest {

    @Test
    void awsChangesNeedAManualStepEarlierInTheirPhaseNotBesideThem() {
        assertEquals(List.of(
                "lint/unapproved-mutation.yaml:12:17: warning[unapproved-mutation]: `aws.rds.promoteReadReplica` changes AWS resources, but no manual step earlier in phase `failover` approves it",
                "lint/unapproved-mutation.yaml:28:21: warning[unapproved-mutation]: `aws.route53.changeResourceRecordSets` changes AWS resources, but no manual step earlier in phase `dns` approves it",
                "lint/unapproved-mutation.yaml:32:13: warning[unapproved-mutation]: `aws.route53.changeResourceRecordSets` changes AWS resources, but no manual step earlier in the rollback steps approves it"),
                LintFixture.lint("unapproved-mutation", UnapprovedMutationRule::new));
    }
}
