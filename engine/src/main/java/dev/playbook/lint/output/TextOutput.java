package dev.playbook.lint.output;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.diag.Severity;
import dev.playbook.diag.Style;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintResults;
import dev.playbook.model.TerminalText;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * For people: {@code file:line:col: severity[id]: message}, the source line with a caret under the
 * column and the hint (the loader's format, through {@link DiagnosticPrinter}), then a summary.
 */
public final class TextOutput {

    private TextOutput() {
    }

    public static void write(LintResults results, PrintWriter out, Style style) {
        for (FileReport file : results.files()) {
            DiagnosticPrinter printer = DiagnosticPrinter.quoting(file.file(), file.quoted());
            for (Diagnostic d : file.diagnostics().stream().limit(DiagnosticPrinter.MAX_PER_FILE).toList()) {
                StringWriter text = new StringWriter();
                printer.print(d, new PrintWriter(text));
                String printed = text.toString();
                // The printer knows no colours; the headline is its first line, so colour that one.
                out.print(colour(d, style) + printed.substring(printed.indexOf(System.lineSeparator())));
            }
            String more = DiagnosticPrinter.more(file.diagnostics());
            if (more != null) {
                out.println(style.dim(more));
            }
        }
        String summary = results.summary();
        out.println(results.failed(false) ? style.red(summary) : results.count(Severity.WARNING) > 0 ? style.yellow(summary) : style.green(summary));
        out.flush();
    }

    private static String colour(Diagnostic d, Style style) {
        String label = d.severity().label() + "[" + d.id() + "]";
        String painted = d.severity() == Severity.ERROR ? style.red(label) : d.severity() == Severity.WARNING ? style.yellow(label) : style.dim(label);
        return style.bold(TerminalText.line(d.pos().toString())) + ": " + painted + ": " + TerminalText.line(d.message());
    }
}
