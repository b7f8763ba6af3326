package dev.playbook.model;

/** Calls an action once (with retries); {@code expect} asserts on its result. */
public record ActionStep(StepCommon common, ActionCall call, Expression expect) implements Step {

    @Override
    public String kind() {
        return "action";
    }

    @Override
    public <R, X extends Exception> R accept(ThrowingStepVisitor<R, X> visitor) throws X {
        return visitor.action(this);
    }
}
