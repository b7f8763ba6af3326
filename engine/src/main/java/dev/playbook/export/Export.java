package dev.playbook.export;

import dev.playbook.diag.Diagnostic;
import java.util.List;

/**
 * An exported document and what could not be exported. {@code iamPolicy} and {@code alarms} are
 * JSON documents (the role's policy, the CloudWatch alarms of the objectives); null where the
 * target has none.
 */
public record Export(String document, List<Diagnostic> problems, String iamPolicy, String alarms) {

    public Export {
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.stream().noneMatch(Diagnostic::isError);
    }
}
