package dev.playbook.model;

/** A {@link ThrowingStepVisitor} that throws nothing checked: what most dispatch on the step kind is. */
public interface StepVisitor<R> extends ThrowingStepVisitor<R, RuntimeException> {
}
