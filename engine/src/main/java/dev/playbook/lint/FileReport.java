package dev.playbook.lint;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import java.util.List;

/**
 * What lint found in one file.
 *
 * @param diagnostics what to show, sorted by position
 * @param lines       the file's text, for printing source lines
 * @param suppressed  how many findings comments suppressed
 */
public record FileReport(String file, List<Diagnostic> diagnostics, List<String> lines, int suppressed) {

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        lines = List.copyOf(lines);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
