package dev.playbook.diag;

import dev.playbook.model.SourcePos;

/** A problem found in a playbook, with the rule id that names its kind and an optional hint. */
public record Diagnostic(SourcePos pos, Severity severity, String id, String message, String hint) {

    public static Diagnostic error(SourcePos pos, String id, String message, String hint) {
        return new Diagnostic(pos, Severity.ERROR, id, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error[id]: message}. */
    public String headline() {
        return pos + ": " + severity.label() + "[" + id + "]: " + message;
    }
}
