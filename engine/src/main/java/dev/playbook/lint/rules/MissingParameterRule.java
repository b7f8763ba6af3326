package dev.playbook.lint.rules;

import dev.playbook.action.Action;
import dev.playbook.action.Param;
import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Steps;

/** A required parameter of an action's signature that the step does not give. */
public final class MissingParameterRule extends Rule {

    @Override
    public String id() {
        return "missing-parameter";
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
        return "A step leaves out a parameter its action requires.";
    }

    @Override
    public String documentation() {
        return "Each action's signature marks its required parameters (`playbook actions NAME` shows them): "
                + "`url` for `http.get`, `message` for `notify`, members such as `Id` that AWS puts in the request "
                + "path. A step without one fails on its first attempt, so lint reports it at the step's `with:` "
                + "(or its action when there is no `with:`).";
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        Action action = call == null || call.action() == null ? null : file().actions().find(call.action()).orElse(null);
        if (action == null) {
            return;
        }
        for (Param param : action.signature().params()) {
            if (param.required() && (call.with() == null || call.with().get(param.name()) == null)) {
                report(call.with() == null ? call.actionPos() : call.with().pos(), "`" + call.action() + "` needs `" + param.name() + "`",
                        param.description() == null || param.description().isEmpty() ? null : param.description());
            }
        }
    }
}
