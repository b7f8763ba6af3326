package dev.playbook.model;

import java.util.List;

/** Evaluates every check and fails when any fails. */
public record VerifyStep(StepCommon common, List<Check> checks) implements Step {

    public VerifyStep {
        checks = List.copyOf(checks);
    }

    @Override
    public String kind() {
        return "verify";
    }

    @Override
    public <R, X extends Exception> R accept(ThrowingStepVisitor<R, X> visitor) throws X {
        return visitor.verify(this);
    }
}
