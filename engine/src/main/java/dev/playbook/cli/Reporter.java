package dev.playbook.cli;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.load.LoadResult;
import java.io.PrintWriter;
import java.util.Map;

/** Prints load diagnostics in the one format users see everywhere. */
final class Reporter {

    private Reporter() {
    }

    static void print(LoadResult result, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(Map.of(result.file(), result.sourceLines()));
        for (Diagnostic d : result.diagnostics()) {
            printer.print(d, err);
        }
        err.flush();
    }
}
