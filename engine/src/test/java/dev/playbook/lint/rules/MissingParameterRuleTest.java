package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MissingParameterRule} on lint/missing-parameter.yaml, whose comments say what each step shows. */
class MissingParameterRuleTest {

    @Test
    void requiredParametersLeftOutAreReportedAtTheWithOrTheAction() {
        assertEquals(List.of(
                "lint/missing-parameter.yaml:10:15: error[missing-parameter]: `http.get` needs `url`",
                "lint/missing-parameter.yaml:13:19: error[missing-parameter]: `aws.route53.getChange` needs `Id`"),
                LintFixture.lint("missing-parameter", MissingParameterRule::new));
    }
}
