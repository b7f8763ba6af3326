package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;

/** {@code inputs.x} where no input x is declared. */
public final class UnknownInputRule extends Rule {

    @Override
    public String id() {
        return "unknown-input";
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
        return "An expression reads `inputs.x` and no input `x` is declared.";
    }

    @Override
    public String documentation() {
        return "Inputs are declared under `inputs:` and given on the command line or by their defaults. An "
                + "undeclared name cannot be given at all, so the expression fails whenever it is evaluated. The "
                + "message suggests the closest declared input.";
    }

    @Override
    public void expression(ExpressionSite site) {
        for (Reference ref : site.references("inputs")) {
            String name = ref.segment(0);
            if (name != null && !file().playbook().inputs().containsKey(name)) {
                report(file().pos(site.expression(), ref), "no input `" + name + "`" + Suggest.didYouMean(name, file().playbook().inputs().keySet()),
                        "declare it under `inputs:`");
            }
        }
    }
}
