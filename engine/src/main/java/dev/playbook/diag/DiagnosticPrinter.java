package dev.playbook.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics for people: the headline, the source line with a caret under the column,
 * and the hint.
 */
public final class DiagnosticPrinter {

    private final Map<String, List<String>> sources;

    /** @param sources the lines of each file, by the name used in positions; may lack a file */
    public DiagnosticPrinter(Map<String, List<String>> sources) {
        this.sources = sources;
    }

    public void print(Diagnostic d, PrintWriter out) {
        out.println(d.headline());
        List<String> lines = sources.get(d.pos().file());
        if (lines != null && d.pos().line() >= 1 && d.pos().line() <= lines.size()) {
            String line = lines.get(d.pos().line() - 1);
            if (line.length() <= 300) {
                out.println("  | " + line);
                out.println("  | " + " ".repeat(Math.max(0, Math.min(d.pos().column() - 1, line.length()))) + "^");
            }
        }
        if (d.hint() != null) {
            out.println("  = hint: " + d.hint());
        }
    }
}
