package dev.playbook.model;

/** What a failed step does to the run. */
public enum OnFailure {
    ABORT, CONTINUE, ROLLBACK;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
