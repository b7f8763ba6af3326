package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import dev.playbook.model.Phase;

/** {@code steps.x} where no step has the id x. */
public final class UnknownStepRule extends Rule {

    @Override
    public String id() {
        return "unknown-step";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.REFERENCES;
    }

    @Override
    public String summary() {
        return "An expression reads `steps.x` and no step has the id `x`.";
    }

    @Override
    public String documentation() {
        return "Expressions read earlier steps as `steps.<id>.status`, `.result` and `.error`. A misspelt or renamed id "
                + "only fails when the run reaches the expression (strict evaluation stops the step), which in a "
                + "failover can be an hour in. The message suggests the closest step id. Phase ids share the "
                + "namespace but are not readable: `steps.<phase>` is reported too.";
    }

    @Override
    public void expression(ExpressionSite site) {
        for (Reference ref : site.references("steps")) {
            String id = ref.segment(0);
            if (id == null || file().steps().containsKey(id)) {
                continue;
            }
            boolean phase = file().playbook().phases().stream().map(Phase::id).anyMatch(id::equals);
            String message = phase ? "`" + id + "` is a phase, not a step; expressions can read only steps"
                    : "no step `" + id + "`" + Suggest.didYouMean(id, file().steps().keySet());
            report(file().pos(site.expression(), ref), message, "`steps.<id>` reads the status, result and error of a step that ran before");
        }
    }
}
