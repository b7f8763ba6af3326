package dev.playbook.model;

import java.time.Duration;

/** Polls an action until {@code until} holds, starting every {@code every}, never past {@code timeout}. */
public record WaitStep(StepCommon common, ActionCall call, Expression until, Duration every, Duration maxEvery,
                       Duration timeout, SourcePos waitPos) implements Step {

    @Override
    public String kind() {
        return "wait";
    }

    @Override
    public <R, X extends Exception> R accept(ThrowingStepVisitor<R, X> visitor) throws X {
        return visitor.waitFor(this);
    }
}
