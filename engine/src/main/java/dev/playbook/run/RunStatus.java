package dev.playbook.run;

import java.util.Locale;

public enum RunStatus {
    SUCCEEDED, FAILED, ROLLED_BACK, ABORTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
