package dev.playbook.cli;

import dev.playbook.action.ActionCheck;
import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.model.Playbook;
import dev.playbook.run.InputBinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every command that runs a playbook checks first: it loads, its actions exist with the
 * right parameters, and its inputs bind. Problems are printed; nothing runs.
 */
final class RunSetup {

    record Prepared(Playbook playbook, ActionRegistry registry, InputBinder.Bound inputs) {
    }

    private RunSetup() {
    }

    /** The checked playbook, or null after printing why it cannot run (exit code 2). */
    static Prepared prepare(Path file, List<String> inputs, ActionRegistry registry, PrintWriter err) {
        return prepare(file, inputs, registry, err, false);
    }

    /** As {@link #prepare(Path, List, ActionRegistry, PrintWriter)}; {@code allowMissing} for a dry run, which calls nothing. */
    static Prepared prepare(Path file, List<String> inputs, ActionRegistry registry, PrintWriter err, boolean allowMissing) {
        Playbook playbook = Loading.load(file, err);
        if (playbook == null) {
            return null;
        }
        List<Diagnostic> problems = ActionCheck.check(playbook, registry);
        if (!problems.isEmpty()) {
            DiagnosticPrinter printer = new DiagnosticPrinter(Map.of(playbook.file(), lines(file)));
            problems.forEach(d -> printer.print(d, err));
            err.println(file + ": " + problems.size() + (problems.size() == 1 ? " error" : " errors") + "; nothing was run");
            return null;
        }
        InputBinder.Bound bound;
        try {
            bound = InputBinder.bind(playbook, InputBinder.pairs(inputs));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        if (!allowMissing && !bound.missing().isEmpty()) {
            err.println("error: missing required input" + (bound.missing().size() == 1 ? " " : "s ") + String.join(", ", bound.missing())
                    + "; pass -i " + bound.missing().get(0) + "=VALUE");
            return null;
        }
        return new Prepared(playbook, registry, bound);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
