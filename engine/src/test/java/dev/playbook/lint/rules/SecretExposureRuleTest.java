package dev.playbook.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.LintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SecretExposureRule} on lint/secret-exposure.yaml, whose comments say what each step shows. */
class SecretExposureRuleTest {

    @Test
    void secretsInUrlsAndCommandLinesAreReportedButHeadersAndEnvAreFine() {
        assertEquals(List.of(
                "lint/secret-exposure.yaml:10:49: error[secret-exposure]: secret `vars.auth` is put into a URL, which ends up in logs",
                "lint/secret-exposure.yaml:18:19: error[secret-exposure]: secret `vars.status_url` is put into a URL, which ends up in logs",
                "lint/secret-exposure.yaml:23:39: error[secret-exposure]: secret `inputs.api_key` is put into a command line, which every user of the machine can read",
                "lint/secret-exposure.yaml:28:35: error[secret-exposure]: secret `vars.auth` is put into a command line, which every user of the machine can read"),
                LintFixture.lint("secret-exposure", SecretExposureRule::new));
    }
}
