package dev.playbook.cli;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Check that playbooks load: YAML, format, types, durations, ids and expressions.%n"
        + "Exit 0 when every file is valid, 1 when any is invalid, 2 on usage errors.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Playbook files, or directories searched for *.yaml and *.yml.")
    List<Path> paths;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> missing = paths.stream().filter(p -> !java.nio.file.Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            err.println("error: no such file or directory: " + missing.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
            return ExitCodes.USAGE;
        }
        PlaybookFiles.Expansion expansion = PlaybookFiles.expand(paths);
        if (expansion.isEmpty()) {
            err.println("error: no playbook files (*.yaml, *.yml) found in " + paths);
            return ExitCodes.USAGE;
        }
        List<Path> files = expansion.files();
        int invalid = expansion.refused().size();
        int errors = invalid;
        DiagnosticPrinter refusals = new DiagnosticPrinter(java.util.Map.of());
        expansion.refused().forEach(d -> refusals.print(d, err));
        for (Path file : files) {
            LoadResult result = PlaybookLoader.load(file);
            if (result.ok()) {
                if (!standard.quiet) {
                    out.println("ok: " + file);
                }
            } else {
                invalid++;
                errors += (int) result.diagnostics().stream().filter(Diagnostic::isError).count();
                // On stdout as lint's: the diagnostics are the result, not a failure of the command.
                Reporter.print(result, out);
            }
        }
        out.flush();
        int checked = files.size() + expansion.refused().size();
        String summary = checked + (checked == 1 ? " file" : " files") + " checked: " + (checked - invalid) + " valid";
        if (invalid > 0) {
            summary += ", " + invalid + " invalid (" + errors + (errors == 1 ? " error)" : " errors)");
        }
        out.println(summary);
        return invalid > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
