package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Rule;
import dev.playbook.model.Expression;
import java.util.regex.Pattern;

/** A {@code when} whose value cannot change between runs. */
public final class ConstantWhenRule extends Rule {

    /** {@code time:now()}: a function of the run's clock, so an expression calling one is not constant. */
    private static final Pattern NAMESPACE_CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:[A-Za-z_][A-Za-z0-9_]*\\s*\\(");

    @Override
    public String id() {
        return "constant-when";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return Categories.HYGIENE;
    }

    @Override
    public String summary() {
        return "A step's `when` is constant: `true`, `false`, or an expression that reads no variable.";
    }

    @Override
    public String documentation() {
        return "`when: true` does nothing and `when: false` disables a step for good — usually a debugging edit "
                + "that was committed. An expression that reads no input, var, step or clock (`1 == 1`, "
                + "`'prod' == 'prod'`) is the same. Delete the condition, delete the step, or test an input "
                + "(`when: inputs.run_optional_checks`).";
    }

    @Override
    public void expression(ExpressionSite site) {
        if (site.where() != ExpressionSite.Where.WHEN) {
            return;
        }
        Expression when = site.expression();
        boolean constant;
        try {
            constant = ExpressionEngine.get().variables(when).isEmpty() && !NAMESPACE_CALL.matcher(when.source()).find();
        } catch (RuntimeException doesNotCompile) {
            return;
        }
        if (!constant) {
            return;
        }
        String source = when.source().strip();
        String message = source.equals("true") ? "`when: true` always holds; the condition does nothing"
                : source.equals("false") ? "`when: false` never holds; step `" + site.step().id() + "` never runs"
                : "`when: " + source + "` reads no variable, so it is the same on every run";
        report(when.pos(), message, "remove the condition or the step, or test an input");
    }
}
