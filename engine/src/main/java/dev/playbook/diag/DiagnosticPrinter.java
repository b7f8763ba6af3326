package dev.playbook.diag;

import dev.playbook.model.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics for people: the headline, the source line with a caret under the column,
 * and the hint.
 */
public final class DiagnosticPrinter {

    /** The text of line {@code number} (from 1) of {@code file}, or null when it is not known. */
    @FunctionalInterface
    public interface Lines {
        String line(String file, int number);
    }

    private final Lines sources;

    /** @param sources the lines of each file, by the name used in positions; may lack a file */
    public DiagnosticPrinter(Map<String, List<String>> sources) {
        this((file, number) -> {
            List<String> lines = sources.get(file);
            return lines != null && number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
        });
    }

    public DiagnosticPrinter(Lines sources) {
        this.sources = sources;
    }

    /** A printer for one file's diagnostics that knows only the lines they quote, by number. */
    public static DiagnosticPrinter quoting(String file, Map<Integer, String> quoted) {
        return new DiagnosticPrinter((name, number) -> name.equals(file) ? quoted.get(number) : null);
    }

    /** Most diagnostics shown for one file; a file with 50,000 unknown keys says so in one line. */
    public static final int MAX_PER_FILE = 100;

    /** Prints a file's diagnostics, at most {@link #MAX_PER_FILE}, then a line saying how many more there are. */
    public void printAll(List<Diagnostic> diagnostics, PrintWriter out) {
        diagnostics.stream().limit(MAX_PER_FILE).forEach(d -> print(d, out));
        String more = more(diagnostics);
        if (more != null) {
            out.println(more);
        }
    }

    /** The "N more" line for a file with more diagnostics than are shown, or null. */
    public static String more(List<Diagnostic> diagnostics) {
        if (diagnostics.size() <= MAX_PER_FILE) {
            return null;
        }
        return TerminalText.line(diagnostics.get(0).pos().file()) + ": " + (diagnostics.size() - MAX_PER_FILE)
                + " more not shown (the first " + MAX_PER_FILE + " are above; fix those first)";
    }

    /** Prints through {@link TerminalText}: messages and quoted lines may carry a file's bytes. */
    public void print(Diagnostic d, PrintWriter out) {
        out.println(TerminalText.line(d.headline()));
        String line = sources.line(d.pos().file(), d.pos().line());
        if (line != null && line.length() <= 300) {
            int column = Math.max(0, Math.min(d.pos().column() - 1, line.length()));
            out.println("  | " + TerminalText.line(line));
            out.println("  | " + " ".repeat(TerminalText.line(line.substring(0, column)).length()) + "^");
        }
        if (d.hint() != null) {
            out.println("  = hint: " + TerminalText.line(d.hint()));
        }
    }
}
