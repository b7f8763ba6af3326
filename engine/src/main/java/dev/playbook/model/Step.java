package dev.playbook.model;

import java.util.List;

/**
 * One step of a phase. The kinds are closed, and code tells them apart only through a
 * {@link StepVisitor} (or a {@link ThrowingStepVisitor}), so each place that dispatches on the kind handles every kind.
 */
public sealed interface Step permits ActionStep, WaitStep, VerifyStep, ManualStep, ParallelStep {

    StepCommon common();

    default String id() {
        return common().id();
    }

    default SourcePos pos() {
        return common().pos();
    }

    /** The YAML key that selects this kind. */
    String kind();

    <R, X extends Exception> R accept(ThrowingStepVisitor<R, X> visitor) throws X;

    /** The steps this one runs inside itself: a parallel step's branches; none for every other kind. */
    default List<Step> branches() {
        return List.of();
    }
}
