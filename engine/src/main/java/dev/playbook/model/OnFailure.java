package dev.playbook.model;

/** What a failed step does to the run. */
public enum OnFailure {
    ABORT, CONTINUE, ROLLBACK;

    /** What a failure of the step does: its own on_failure, else {@code defaults.on_failure}, else abort. */
    public static OnFailure effective(StepCommon step, Defaults defaults) {
        if (step.onFailure() != null) {
            return step.onFailure();
        }
        return defaults.onFailure() != null ? defaults.onFailure() : ABORT;
    }

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
