package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;

/** A parallel branch reading another branch of the same block. */
public final class ParallelSiblingRule extends Rule {

    @Override
    public String id() {
        return "parallel-sibling";
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
        return "A parallel branch reads another branch of the same block.";
    }

    @Override
    public String documentation() {
        return "Branches of a `parallel` block start together and end in any order, so one branch cannot rely on "
                + "another's status or result: whether it is there depends on timing, and a drill that passes can "
                + "fail in the real incident. Move the reading step after the block, or put the two steps in "
                + "sequence inside one branch's place.";
    }

    @Override
    public void expression(ExpressionSite site) {
        StepSite reader = site.step();
        if (reader == null || reader.parallel() == null) {
            return;
        }
        for (Reference ref : site.references("steps")) {
            StepSite target = ref.segment(0) == null ? null : file().steps().get(ref.segment(0));
            if (target != null && target != reader && target.parallel() == reader.parallel()) {
                report(file().pos(site.expression(), ref), "`" + target.id() + "` runs in parallel with `" + reader.id()
                        + "`; its record may not be set yet", "read it after the parallel block ends");
            }
        }
    }
}
