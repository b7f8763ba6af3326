package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.model.Input;
import java.util.HashSet;
import java.util.Set;

/** An input no expression reads. */
public final class UnusedInputRule extends Rule {

    private final Set<String> used = new HashSet<>();
    private boolean dynamic;

    @Override
    public String id() {
        return "unused-input";
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
        return "An input is declared but never read.";
    }

    @Override
    public String documentation() {
        return "An input nobody reads still shows up in `playbook run --help`-style listings and invites an operator "
                + "at 3 a.m. to set something that changes nothing. Usually it is left over from a removed step, or "
                + "a step reads a misspelt name instead (see `unknown-input`). Expressions that index `inputs` with "
                + "a computed key count as reading every input.";
    }

    @Override
    public void expression(ExpressionSite site) {
        for (Reference ref : site.references("inputs")) {
            if (ref.segment(0) == null) {
                dynamic = true;
            } else {
                used.add(ref.segment(0));
            }
        }
    }

    @Override
    public void end() {
        if (dynamic) {
            return;
        }
        for (Input input : file().playbook().inputs().values()) {
            if (!used.contains(input.name())) {
                report(file().index().entry("inputs", input.name()).map(SourceIndex.Entry::keyPos).orElse(input.pos()),
                        "input `" + input.name() + "` is never used", "remove it, or read it as `${inputs." + input.name() + "}`");
            }
        }
    }
}
