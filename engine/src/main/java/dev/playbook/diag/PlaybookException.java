package dev.playbook.diag;

import java.util.List;

/** A failure the user caused, carrying diagnostics with positions. Never shown as a stack trace. */
public class PlaybookException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public PlaybookException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid playbook" : diagnostics.get(0).headline());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public PlaybookException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
