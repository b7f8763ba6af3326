package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownParameterRule} on lint/unknown-parameter.yaml, whose comments say what each step shows. */
class UnknownParameterRuleTest {

    @Test
    void aTypoInAnAwsParameterOrNestedMemberGetsTheDidYouMean() {
        assertEquals(List.of(
                "lint/unknown-parameter.yaml:13:11: error[unknown-parameter]: `aws.rds.promoteReadReplica` has no parameter `DBInstanceIdentifer`; did you mean `DBInstanceIdentifier`?",
                "lint/unknown-parameter.yaml:22:81: error[unknown-parameter]: `ChangeBatch.Changes[0].ResourceRecordSet.ResourceRecord`: unknown member of ResourceRecordSet; did you mean `ResourceRecords`?",
                "lint/unknown-parameter.yaml:25:31: error[unknown-parameter]: `notify` has no parameter `chanel`; did you mean `channel`?"),
                LintFixture.lint("unknown-parameter", UnknownParameterRule::new));
    }
}
