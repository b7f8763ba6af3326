package dev.playbook.model;

/** One step of a phase. The kinds are closed: the executor, linter and planner handle each. */
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
}
