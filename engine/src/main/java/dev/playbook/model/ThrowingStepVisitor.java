package dev.playbook.model;

/**
 * Does something for each kind of {@link Step}, and may throw {@code X} (a run's step handlers
 * are interrupted, for one): the one way code outside this package tells the kinds apart. A new
 * kind adds a method here, so every visitor fails to compile until it handles it.
 */
public interface ThrowingStepVisitor<R, X extends Exception> {

    R action(ActionStep step) throws X;

    R waitFor(WaitStep step) throws X;

    R verify(VerifyStep step) throws X;

    R manual(ManualStep step) throws X;

    R parallel(ParallelStep step) throws X;
}
