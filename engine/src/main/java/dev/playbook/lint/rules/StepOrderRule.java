package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;

/** {@code steps.x} read where step x has not run yet. */
public final class StepOrderRule extends Rule {

    @Override
    public String id() {
        return "step-order";
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
        return "An expression reads a step that has not run yet at that point.";
    }

    @Override
    public String documentation() {
        return "`steps.<id>` holds a step's record only once the step has ended. Reading a step that comes later in "
                + "the playbook, the step itself (use `result` in `expect` and `until`), the parallel block a branch "
                + "belongs to, or a rollback step from a phase always finds nothing. Vars are computed when the run "
                + "starts, before any step, so a var cannot read `steps` at all. Branches of one parallel block are "
                + "left to `parallel-sibling`.";
    }

    @Override
    public void expression(ExpressionSite site) {
        for (Reference ref : site.references("steps")) {
            StepSite target = ref.segment(0) == null ? null : file().steps().get(ref.segment(0));
            if (target == null) {
                continue;
            }
            String problem = problem(site, target);
            if (problem != null) {
                report(file().pos(site.expression(), ref), problem, "move the reading step after `" + target.id()
                        + "`, or read what is known at this point");
            }
        }
    }

    private static String problem(ExpressionSite site, StepSite target) {
        if (site.where() == ExpressionSite.Where.VAR) {
            return "var `" + site.var() + "` reads `steps." + target.id() + "`, but vars are computed before any step runs";
        }
        StepSite reader = site.step();
        if (reader == null) {
            return null;
        }
        if (reader.id().equals(target.id())) {
            return "step `" + reader.id() + "` reads its own record, which is set only after it ends"
                    + (site.where().extraRoots().contains("result") ? "; use `result`" : "");
        }
        if (reader.parallel() != null && reader.parallel().id().equals(target.id())) {
            return "step `" + reader.id() + "` is a branch of `" + target.id() + "`, whose record is set only after every branch ends";
        }
        if (target.inRollback() && !reader.inRollback()) {
            return "`" + target.id() + "` is a rollback step; it runs only after a phase step failed";
        }
        boolean siblings = reader.parallel() != null && reader.parallel() == target.parallel();
        if (!siblings && target.order() > reader.order()) {
            return "step `" + target.id() + "` runs after `" + reader.id() + "`; `steps." + target.id() + "` is not set yet";
        }
        return null;
    }
}
