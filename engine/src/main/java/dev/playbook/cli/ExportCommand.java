package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.export.Export;
import dev.playbook.export.SsmAutomationExporter;
import dev.playbook.export.StepFunctionsExporter;
import dev.playbook.load.InputBinder;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compile a playbook into a runbook AWS runs: an AWS Step Functions state machine (Amazon States "
                + "Language, JSONata) or an SSM Automation document (schemaVersion 0.3, YAML).",
                "Every construct the target cannot express is reported as file:line:col: error[ID] with what to write "
                        + "instead; the document is still written, and each such construct fails the execution that reaches it.",
                "Exit 0 when everything was exported, 1 when something was reported, 2 on usage errors or a playbook that does not load.",
                "Mapping: docs/export.md"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The playbook.")
    Path file;

    @Mixin
    StandardOptions standard;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "stepfunctions or ssm-automation.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the document here instead of standard output.")
    Path output;

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "Set an input's default in the exported document (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--iam", description = "Also print the IAM policy the state machine's role needs (stepfunctions).")
    boolean iam;

    @Option(names = "--alarms", paramLabel = "FILE", description = "Write the CloudWatch alarm definitions of the RTO and phase budgets here (stepfunctions).")
    Path alarms;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!target.equals("stepfunctions") && !target.equals("ssm-automation")) {
            return usage(err, "unknown target `" + target + "`; use stepfunctions or ssm-automation");
        }
        if (!target.equals("stepfunctions") && (iam || alarms != null)) {
            return usage(err, "--iam and --alarms are for --target stepfunctions");
        }
        LoadResult loaded = PlaybookLoader.load(file);
        if (!loaded.ok()) {
            Reporter.print(loaded, err);
            err.println(file + ": the playbook does not load; nothing was exported");
            err.flush();
            return ExitCodes.USAGE;
        }
        InputBinder.Bound bound;
        try {
            bound = InputBinder.bind(loaded.playbook(), InputBinder.pairs(inputs));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        ActionRegistry registry = ActionRegistry.discover();
        Map<String, Object> values = bound.values();
        Export export = target.equals("stepfunctions")
                ? StepFunctionsExporter.export(loaded.playbook(), values, registry)
                : SsmAutomationExporter.export(loaded.playbook(), values, registry);
        try {
            write(output, export.document(), out);
            if (alarms != null) {
                write(alarms, export.alarms(), out);
            }
        } catch (IOException e) {
            return usage(err, "cannot write " + e.getMessage());
        }
        if (iam) {
            if (output == null) {
                out.println();
            }
            out.print(export.iamPolicy());
            out.flush();
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(Map.of(loaded.file(), loaded.sourceLines()));
        for (Diagnostic d : export.problems()) {
            printer.print(d, err);
        }
        long errors = export.problems().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(file + ": " + errors + (errors == 1 ? " construct" : " constructs") + " not exported for " + target
                    + "; each fails the execution that reaches it");
        }
        err.flush();
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static void write(Path to, String text, PrintWriter out) throws IOException {
        if (to == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(to, text, StandardCharsets.UTF_8);
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
