package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ParameterTypeRule} on lint/parameter-type.yaml, whose comments say what each step shows. */
class ParameterTypeRuleTest {

    @Test
    void literalsOfTheWrongTypeAreReportedAndTemplatesAreLeftToRunTime() {
        assertEquals(List.of(
                "lint/parameter-type.yaml:14:67: error[parameter-type]: `DesiredCapacity`: expected integer, got \"five\"",
                "lint/parameter-type.yaml:17:39: error[parameter-type]: `AutoScalingGroupNames`: expected list<string>, got \"portal-asg\"",
                "lint/parameter-type.yaml:20:26: error[parameter-type]: `duration` of `sleep` must be a duration such as 30s, not `30`",
                "lint/parameter-type.yaml:23:60: error[parameter-type]: `headers` of `http.get` must be a mapping, not a list",
                "lint/parameter-type.yaml:26:44: error[parameter-type]: `check` of `shell` must be true or false, not `yes`",
                "lint/parameter-type.yaml:31:44: error[parameter-type]: `ChangeBatch.Changes[0].Action`: \"upsert\" is not a value AWS knows; did you mean `UPSERT`?"),
                LintFixture.lint("parameter-type", ParameterTypeRule::new));
    }
}
