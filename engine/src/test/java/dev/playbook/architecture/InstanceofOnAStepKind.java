package dev.playbook.architecture;

import dev.playbook.model.Step;
import dev.playbook.model.WaitStep;

/** An instanceof test on a step kind on purpose, for StepKindsTest. */
final class InstanceofOnAStepKind {

    private InstanceofOnAStepKind() {
    }

    static boolean polls(Step step) {
        return step instanceof WaitStep;
    }
}
