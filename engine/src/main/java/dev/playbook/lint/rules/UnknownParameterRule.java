package dev.playbook.lint.rules;

import dev.playbook.action.Action;
import dev.playbook.action.Param;
import dev.playbook.action.ParamProblem;
import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Steps;
import dev.playbook.model.Value;
import java.util.List;

/** A parameter (or, for AWS, a nested member) the action does not have. */
public final class UnknownParameterRule extends Rule {

    @Override
    public String id() {
        return "unknown-parameter";
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
        return "A step gives a parameter its action does not have (with did-you-mean).";
    }

    @Override
    public String documentation() {
        return "Parameters are checked against the action's signature; for `aws.*` actions the signature is the AWS "
                + "SDK's request model, read offline, and members of nested structures (`ChangeBatch.Changes[0]"
                + ".ResourceRecordSet`) are checked too. AWS member names are case-sensitive PascalCase as in the API "
                + "(`DBInstanceIdentifier`, not the CLI's `--db-instance-identifier`); the message suggests the closest "
                + "name. Actions with open signatures accept any parameter and are not checked.";
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        Action action = call == null || call.action() == null || call.with() == null ? null : file().actions().find(call.action()).orElse(null);
        if (action == null || action.signature().openParams()) {
            return;
        }
        List<String> names = action.signature().params().stream().map(Param::name).toList();
        for (Value.Entry entry : call.with().entries()) {
            if (action.signature().param(entry.key()).isEmpty()) {
                report(entry.keyPos(), "`" + call.action() + "` has no parameter `" + entry.key() + "`" + Suggest.didYouMean(entry.key(), names),
                        names.isEmpty() ? "it takes no parameters" : "parameters: " + String.join(", ", names));
            }
        }
        for (ParamProblem problem : action.check(ActionChecks.params(call.with()))) {
            // Top-level names were reported above from the signature, in the same words as for other actions.
            if (problem.kind() == ParamProblem.Kind.UNKNOWN_NAME && ActionChecks.nested(problem)) {
                report(ParamValues.position(call.with(), problem.path(), true), ActionChecks.describe(problem), null);
            }
        }
    }
}
