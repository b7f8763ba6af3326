package dev.playbook.model;

import java.util.List;

/** Branches that run concurrently; the step ends when every branch has ended. */
public record ParallelStep(StepCommon common, List<Step> branches) implements Step {

    public ParallelStep {
        branches = List.copyOf(branches);
    }

    @Override
    public String kind() {
        return "parallel";
    }

    @Override
    public <R, X extends Exception> R accept(ThrowingStepVisitor<R, X> visitor) throws X {
        return visitor.parallel(this);
    }
}
