package dev.playbook.lint.rules;

import dev.playbook.action.Action;
import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ManualStep;
import dev.playbook.model.Steps;

/** A mutating AWS call with no manual step before it in its phase. */
public final class UnapprovedMutationRule extends Rule {

    @Override
    public String id() {
        return "unapproved-mutation";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return Categories.SAFETY;
    }

    @Override
    public String summary() {
        return "A mutating AWS action has no manual approval earlier in its phase.";
    }

    @Override
    public String documentation() {
        return "Promoting a replica, moving DNS or scaling a fleet cannot be taken back by re-running the playbook. "
                + "A `manual:` step earlier in the same phase (or earlier in `rollback:`) makes a person confirm "
                + "before the change; steps of a parallel block do not count for their siblings. Operations whose "
                + "names start with describe, list or get are read-only and never reported. Suppress the finding "
                + "with a reason where the phase is approved as a whole elsewhere.";
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        if (call == null || call.action() == null || !call.action().startsWith("aws.")) {
            return;
        }
        Action action = file().actions().find(call.action()).orElse(null);
        if (action == null || action.readOnly()) {
            return;
        }
        boolean approved = site.before().stream().anyMatch(s -> Steps.is(s, ManualStep.class));
        if (!approved) {
            String where = site.inRollback() ? "the rollback steps" : "phase `" + site.phase().id() + "`";
            report(call.actionPos(), "`" + call.action() + "` changes AWS resources, but no manual step earlier in " + where + " approves it",
                    "add a `manual:` step before it that tells the operator what will change");
        }
    }
}
