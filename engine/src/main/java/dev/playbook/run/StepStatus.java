package dev.playbook.run;

import java.util.Locale;

public enum StepStatus {
    SUCCEEDED, FAILED, SKIPPED;

    /** The spelling expressions compare against: {@code steps.x.status == 'succeeded'}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
