package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.model.Var;
import java.util.HashSet;
import java.util.Set;

/** A var no expression reads. */
public final class UnusedVarRule extends Rule {

    private final Set<String> used = new HashSet<>();
    private boolean dynamic;

    @Override
    public String id() {
        return "unused-var";
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
        return "A var is declared but never read.";
    }

    @Override
    public String documentation() {
        return "A var nobody reads is dead configuration: a reader of the runbook assumes the value matters, and a "
                + "fix made to it changes nothing. Reads from other vars count; expressions that index `vars` with a "
                + "computed key count as reading every var.";
    }

    @Override
    public void expression(ExpressionSite site) {
        for (Reference ref : site.references("vars")) {
            if (ref.segment(0) == null) {
                dynamic = true;
            } else if (!ref.segment(0).equals(site.var())) {
                used.add(ref.segment(0));
            }
        }
    }

    @Override
    public void end() {
        if (dynamic) {
            return;
        }
        for (Var var : file().playbook().vars().values()) {
            if (!used.contains(var.name())) {
                report(file().index().entry("vars", var.name()).map(SourceIndex.Entry::keyPos).orElse(var.pos()),
                        "var `" + var.name() + "` is never used", "remove it, or read it as `${vars." + var.name() + "}`");
            }
        }
    }
}
