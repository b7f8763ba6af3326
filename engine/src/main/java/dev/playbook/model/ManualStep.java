package dev.playbook.model;

/** Work for a person: the instructions are shown and an operator confirms. */
public record ManualStep(StepCommon common, Template instructions) implements Step {

    @Override
    public String kind() {
        return "manual";
    }

    @Override
    public <R, X extends Exception> R accept(ThrowingStepVisitor<R, X> visitor) throws X {
        return visitor.manual(this);
    }
}
