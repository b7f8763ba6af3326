package dev.playbook.lint;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.model.SourcePos;
import java.util.Collection;

/**
 * A suppression comment that suppresses nothing. The linter itself applies suppressions, so it
 * reports these after the walk; this class carries the id, the documentation and the wording.
 */
public final class UnusedSuppressionRule extends Rule {

    public static final String ID = "unused-suppression";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return Categories.LINT;
    }

    @Override
    public String summary() {
        return "A `# playbook-lint: ignore[ID]` comment suppresses nothing, or names no rule.";
    }

    @Override
    public String documentation() {
        return "A suppression outlives the problem it silenced: once the step is fixed or moved, the comment would "
                + "silently swallow the next, different finding of that rule on the line. Remove stale comments. "
                + "Misspelt ids are reported here too, with the closest rule id, since they suppress nothing. A "
                + "suppression of a rule that `.playbook-lint.yaml` turns off is not reported.";
    }

    /** The finding for one stale suppression of {@code id} at {@code pos}. */
    public Diagnostic diagnostic(SourcePos pos, String id, Collection<String> ruleIds) {
        String message;
        if (ruleIds.contains(id)) {
            message = "`ignore[" + id + "]` suppresses nothing here";
        } else if (LoaderChecks.IDS.contains(id)) {
            message = "`" + id + "` is a loader check; it cannot be suppressed";
        } else {
            message = "no rule `" + id + "`" + Suggest.didYouMean(id, ruleIds);
        }
        return new Diagnostic(pos, severity(), ID, message, "remove the comment, or correct the rule id");
    }
}
