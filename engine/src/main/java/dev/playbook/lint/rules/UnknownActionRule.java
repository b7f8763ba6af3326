package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Steps;

/** An action name no provider knows. */
public final class UnknownActionRule extends Rule {

    @Override
    public String id() {
        return "unknown-action";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.ACTIONS;
    }

    @Override
    public String summary() {
        return "A step calls an action that no provider offers.";
    }

    @Override
    public String documentation() {
        return "Action names are looked up in the built-in actions and every provider on the class path; AWS "
                + "operations are `aws.<service>.<operation>` with the SDK's operation name. A name copied from the "
                + "runbook's shell commands (`aws rds promote-read-replica`, `aws.rds.PromoteReadReplica`) gets the "
                + "matching action name as its suggestion; other typos get the closest known name. Nothing is "
                + "called: lint only looks names up.";
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        if (call != null && call.action() != null && file().actions().find(call.action()).isEmpty()) {
            report(call.actionPos(), file().actions().unknownMessage(call.action()), "`playbook actions` lists the available actions");
        }
    }
}
