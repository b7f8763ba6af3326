package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.diag.PlaybookException;
import dev.playbook.diag.Severity;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintConfig;
import dev.playbook.lint.Linter;
import dev.playbook.lint.rules.BuiltinRules;
import dev.playbook.load.InputBinder;
import dev.playbook.model.Playbook;
import dev.playbook.model.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What every command that runs a playbook checks first: it loads, its actions exist with the
 * right parameters, and its inputs bind. Problems are printed; nothing runs.
 */
final class RunSetup {

    record Prepared(Playbook playbook, ActionRegistry registry, InputBinder.Bound inputs) {
    }

    private RunSetup() {
    }

    /**
     * The checked playbook, or null after printing why it cannot run (exit code 2) on {@code err};
     * the count of lint warnings goes to {@code notes}. {@code allowMissing} inputs for a dry run or a drill.
     */
    static Prepared prepare(Path file, Function<Playbook, List<String>> inputs, ActionRegistry registry, PrintWriter err,
                            PrintWriter notes, boolean allowMissing) {
        if (!lintedClean(file, registry, err, notes)) {
            return null;
        }
        Playbook playbook = Loading.load(file, err);
        if (playbook == null) {
            return null;
        }
        InputBinder.Bound bound;
        try {
            bound = InputBinder.bind(playbook, InputBinder.pairs(inputs.apply(playbook)));
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

    /**
     * Lints the playbook as a PR check would, with the repository's settings: errors stop the run
     * before anything is called; warnings are counted, `playbook lint` shows them.
     */
    private static boolean lintedClean(Path file, ActionRegistry registry, PrintWriter err, PrintWriter notes) {
        Linter linter = Linter.builder().rules(BuiltinRules.all()).actions(registry).build();
        LintConfig config;
        try {
            config = LintConfig.find(file, Path.of("")).map(p -> LintConfig.load(p, linter.ruleIds())).orElse(LintConfig.DEFAULT);
        } catch (PlaybookException e) {
            e.diagnostics().forEach(d -> err.println(TerminalText.line(d.headline())));
            return false;
        }
        FileReport report = linter.lint(file, config);
        long errors = report.count(Severity.ERROR);
        if (errors > 0) {
            DiagnosticPrinter printer = DiagnosticPrinter.quoting(report.file(), report.quoted());
            report.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> printer.print(d, err));
            err.println(file + ": " + errors + (errors == 1 ? " error" : " errors") + "; nothing was run");
            return false;
        }
        long warnings = report.count(Severity.WARNING);
        if (warnings > 0) {
            notes.println(file + ": " + warnings + (warnings == 1 ? " lint warning" : " lint warnings") + " (`playbook lint " + file + "` shows them)");
        }
        return true;
    }
}
