package dev.playbook.cli;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.load.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints load diagnostics in the one format users see everywhere. */
final class Reporter {

    private Reporter() {
    }

    /** Diagnostics of any files, each shown with its source line. */
    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        Map<String, List<String>> sources = new HashMap<>();
        diagnostics.forEach(d -> sources.computeIfAbsent(d.pos().file(), Reporter::lines));
        DiagnosticPrinter printer = new DiagnosticPrinter(sources);
        for (Diagnostic d : diagnostics) {
            printer.print(d, err);
        }
        err.flush();
    }

    private static List<String> lines(String file) {
        try {
            Path path = Path.of(file);
            // Only to quote a line: a FIFO or device named in a diagnostic must not be opened.
            return Files.isRegularFile(path) ? Files.readAllLines(path) : List.of();
        } catch (IOException | InvalidPathException e) {
            return List.of();
        }
    }

    static void print(LoadResult result, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(Map.of(result.file(), result.sourceLines()));
        printer.printAll(result.diagnostics(), err);
        err.flush();
    }
}
