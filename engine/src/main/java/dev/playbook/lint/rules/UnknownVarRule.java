package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import java.util.ArrayList;
import java.util.List;

/** {@code vars.x} where no var x is declared, or where x is computed only later. */
public final class UnknownVarRule extends Rule {

    @Override
    public String id() {
        return "unknown-var";
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
        return "An expression reads `vars.x` and no var `x` is declared before it.";
    }

    @Override
    public String documentation() {
        return "Vars are computed once, in the order they are written, when the run starts. Reading an undeclared "
                + "var fails the expression; a var that reads itself or a var written below it finds nothing yet. "
                + "The message suggests the closest declared var.";
    }

    @Override
    public void expression(ExpressionSite site) {
        List<String> names = new ArrayList<>(file().playbook().vars().keySet());
        for (Reference ref : site.references("vars")) {
            String name = ref.segment(0);
            if (name == null) {
                continue;
            }
            String problem = null;
            if (!names.contains(name)) {
                problem = "no var `" + name + "`" + Suggest.didYouMean(name, names);
            } else if (site.var() != null && names.indexOf(name) >= names.indexOf(site.var())) {
                problem = name.equals(site.var()) ? "var `" + name + "` reads itself"
                        : "var `" + name + "` is computed after `" + site.var() + "`; vars are computed in order";
            }
            if (problem != null) {
                report(file().pos(site.expression(), ref), problem, "declare it under `vars:`, above the vars that read it");
            }
        }
    }
}
