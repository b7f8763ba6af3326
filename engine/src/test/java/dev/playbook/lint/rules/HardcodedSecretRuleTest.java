package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HardcodedSecretRule} on lint/hardcoded-secret.yaml, whose comments say what each step shows. */
class HardcodedSecretRuleTest {

    @Test
    void keyIdsLiteralPasswordsAndSecretDefaultsAreReportedButReferencesToSecretsAreNot() {
        assertEquals(List.of(
                "lint/hardcoded-secret.yaml:6:54: error[hardcoded-secret]: input `db_password` has a secret as its default",
                "lint/hardcoded-secret.yaml:9:19: error[hardcoded-secret]: `admin_password` is a literal secret",
                "lint/hardcoded-secret.yaml:10:40: error[hardcoded-secret]: AWS access key id `AKIAIOSF...` in the playbook",
                "lint/hardcoded-secret.yaml:25:81: error[hardcoded-secret]: `X-Api-Token` is a literal secret"),
                LintFixture.lint("hardcoded-secret", HardcodedSecretRule::new));
    }
}
