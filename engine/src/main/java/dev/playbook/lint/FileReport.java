package dev.playbook.lint;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What lint found in one file.
 *
 * @param diagnostics what to show, sorted by position
 * @param quoted      the source lines the diagnostics point at, by line number (from 1), for
 *                    printing them; only those, so that the reports of thousands of files do not
 *                    hold every file's text
 * @param suppressions the findings comments suppressed, which only SARIF shows (as suppressed results)
 */
public record FileReport(String file, List<Diagnostic> diagnostics, Map<Integer, String> quoted, List<Suppressed> suppressions) {

    /** A finding a {@code # playbook-lint: ignore[ID] reason} comment suppressed, with that reason (empty when none was written). */
    public record Suppressed(Diagnostic diagnostic, String reason) {
    }

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        quoted = Map.copyOf(quoted);
        suppressions = List.copyOf(suppressions);
    }

    /** The report of a file whose lines are {@code lines}, keeping the ones the findings quote. */
    public static FileReport of(String file, List<Diagnostic> diagnostics, List<String> lines, List<Suppressed> suppressions) {
        Map<Integer, String> quoted = new HashMap<>();
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        suppressions.forEach(s -> all.add(s.diagnostic()));
        for (Diagnostic d : all) {
            int line = d.pos().line();
            if (line >= 1 && line <= lines.size()) {
                quoted.put(line, lines.get(line - 1));
            }
        }
        return new FileReport(file, diagnostics, quoted, suppressions);
    }

    /** How many findings comments suppressed. */
    public int suppressed() {
        return suppressions.size();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
