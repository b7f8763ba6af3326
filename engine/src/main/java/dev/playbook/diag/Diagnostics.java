package dev.playbook.diag;

import dev.playbook.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem instead of stopping at the first. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(SourcePos pos, String id, String message, String hint) {
        items.add(Diagnostic.error(pos, id, message, hint));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> sorted() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.pos().file())
                        .thenComparingInt(d -> d.pos().line())
                        .thenComparingInt(d -> d.pos().column()))
                .toList();
    }
}
