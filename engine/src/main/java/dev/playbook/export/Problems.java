package dev.playbook.export;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What could not be exported, each with its position and what to write instead. */
final class Problems {

    private final String target;
    private final List<Diagnostic> found = new ArrayList<>();

    /** {@code target}: how the messages name it, "Step Functions" or "SSM Automation". */
    Problems(String target) {
        this.target = target;
    }

    /** Reports an expression (or part of one) and returns the JSONata that fails with the same message. */
    String expression(Expression source, int column, String message, String hint) {
        SourcePos pos = source.pos().shift(0, column);
        found.add(Diagnostic.error(pos, "export-expression", message + " (" + target + ")", hint));
        return "$error(" + Jsonata.string(pos + ": not exported: " + message) + ")";
    }

    void construct(SourcePos pos, String id, String message, String hint) {
        found.add(Diagnostic.error(pos, id, message + " (" + target + ")", hint));
    }

    List<Diagnostic> sorted() {
        return found.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.pos().line()).thenComparing(d -> d.pos().column()))
                .distinct()
                .toList();
    }
}
