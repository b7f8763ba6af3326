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
 * @param suppressed  how many findings comments suppressed
 */
public record FileReport(String file, List<Diagnostic> diagnostics, Map<Integer, String> quoted, int suppressed) {

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        quoted = Map.copyOf(quoted);
    }

    /** The report of a file whose lines are {@code lines}, keeping the ones the diagnostics quote. */
    public static FileReport of(String file, List<Diagnostic> diagnostics, List<String> lines, int suppressed) {
        Map<Integer, String> quoted = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            int line = d.pos().line();
            if (line >= 1 && line <= lines.size()) {
                quoted.put(line, lines.get(line - 1));
            }
        }
        return new FileReport(file, diagnostics, quoted, suppressed);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
