package dev.playbook.lint;

import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Step;
import java.util.List;

/**
 * A step and where it stands in the run.
 *
 * @param phase    the phase it belongs to; null for rollback steps
 * @param parallel the parallel block it is a branch of, or null
 * @param order    its place in document order, parallel branches right after their block; the
 *                 executor runs steps in this order except that branches of one block overlap
 * @param before   the steps of its phase (or of the rollback list) that end before it starts:
 *                 the top-level steps ahead of it or of its parallel block, with their branches;
 *                 a view over one list per phase, since copying it for every step made lint
 *                 quadratic in the length of a phase
 */
public record StepSite(Step step, Phase phase, ParallelStep parallel, int order, List<Step> before) {

    public String id() {
        return step.id();
    }

    public boolean inRollback() {
        return phase == null;
    }

    /** Whether the step might not run: its own {@code when}, or that of its parallel block. */
    public boolean conditional() {
        return step.common().when() != null || (parallel != null && parallel.common().when() != null);
    }
}
