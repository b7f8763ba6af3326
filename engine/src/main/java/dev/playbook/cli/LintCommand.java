package dev.playbook.cli;

import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.diag.PlaybookException;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintConfig;
import dev.playbook.lint.LintResults;
import dev.playbook.lint.Linter;
import dev.playbook.lint.RulesMarkdown;
import dev.playbook.lint.output.GithubOutput;
import dev.playbook.lint.output.JsonOutput;
import dev.playbook.lint.output.SarifOutput;
import dev.playbook.lint.output.TextOutput;
import dev.playbook.lint.rules.BuiltinRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {"Check playbooks for mistakes before they run: broken references, unknown actions and "
        + "parameters, missing timeouts, unapproved changes, secrets, overdue reviews. Never calls AWS.",
        "Exit 0 when no errors (warnings allowed), 1 on errors (or warnings with --strict), 2 on usage errors.",
        "Rules, suppressions and .playbook-lint.yaml: docs/lint-rules.md"})
final class LintCommand implements Callable<Integer> {

    enum Format { text, json, sarif, github }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Playbook files, or directories searched recursively for *.yaml and *.yml.")
    List<Path> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations).")
    Format format;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
    boolean strict;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Rule severities; default: the nearest .playbook-lint.yaml above each file, else in the current directory.")
    Path config;

    @Mixin
    StandardOptions standard;

    @Option(names = "--profile", paramLabel = "TARGET",
            description = "Also run the checks of a deployment target: stepfunctions (what `playbook export --target stepfunctions` cannot express).")
    String profile;

    @Option(names = "--rules-markdown", description = "Print the rules reference (docs/lint-rules.md) and exit.")
    boolean rulesMarkdown;

    /** Settings files already read, by absolute path: many playbooks share one. */
    private final Map<Path, LintConfig> loaded = new HashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Linter linter = Linter.builder().rules(BuiltinRules.all()).actions(PlaybookCommand.actions(spec)).build();
        if (rulesMarkdown) {
            out.print(RulesMarkdown.render(linter.rules()));
            out.flush();
            return ExitCodes.OK;
        }
        if (profile != null && !profile.equals(dev.playbook.lint.rules.StepFunctionsExportRule.PROFILE)) {
            return usage(err, "unknown profile `" + profile + "`; the one profile is stepfunctions");
        }
        if (paths.isEmpty()) {
            return usage(err, "give the playbook files or directories to lint, e.g. `playbook lint playbooks/`");
        }
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            return usage(err, "no such file or directory: " + missing.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        PlaybookFiles.Expansion expansion = PlaybookFiles.expand(paths);
        List<Path> files = expansion.files();
        if (expansion.isEmpty()) {
            return usage(err, "no playbook files (*.yaml, *.yml) found in " + paths);
        }
        Path workingDir = Path.of("").toAbsolutePath();
        Map<Path, LintConfig> configs = new HashMap<>();
        try {
            for (Path file : files) {
                configs.put(file, configFor(file, workingDir, linter).withProfile(profile));
            }
        } catch (PlaybookException e) {
            DiagnosticPrinter printer = new DiagnosticPrinter(Map.of());
            e.diagnostics().forEach(d -> printer.print(d, err));
            return usage(err, "cannot read the lint settings");
        }
        List<FileReport> reports = new java.util.ArrayList<>(linter.lint(files, configs::get));
        expansion.refused().forEach(d -> reports.add(new FileReport(d.pos().file(), List.of(d), java.util.Map.of(), 0)));
        LintResults results = new LintResults(reports, linter.rules());
        switch (format) {
            case json -> JsonOutput.write(results, out);
            case sarif -> SarifOutput.write(results, VersionProvider.version(), workingDir, out);
            case github -> GithubOutput.write(results, out);
            case text -> TextOutput.write(results, out, standard.style());
        }
        return results.failed(strict) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The settings for one file; each settings file is read once. */
    private LintConfig configFor(Path file, Path workingDir, Linter linter) {
        Optional<Path> source = config != null ? Optional.of(config) : LintConfig.find(file, workingDir);
        if (source.isEmpty()) {
            return LintConfig.DEFAULT;
        }
        Path key = source.get().toAbsolutePath().normalize();
        LintConfig cached = loaded.get(key);
        if (cached == null) {
            cached = LintConfig.load(source.get(), linter.ruleIds());
            loaded.put(key, cached);
        }
        return cached;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
