package dev.playbook.cli;

import dev.playbook.diag.Suggest;
import dev.playbook.report.ReportFormat;
import dev.playbook.report.RunReport;
import dev.playbook.run.Journal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "The incident report of a run, from its journal: timeline (T+), phases against budgets, "
        + "RTO and RPO, steps with attempts, polls and failures, approvals, and a Gantt chart.%n"
        + "Exit 0, or 2 when there is no such run.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    StandardOptions standard;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run, or `latest` for the most recent one (see `playbook runs`).")
    String runId;

    @Option(names = "--format", paramLabel = "FORMAT", description = "md (default: Markdown with a Mermaid gantt), html (one self-contained file) or json.")
    ReportFormat format = ReportFormat.md;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of to stdout.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String id = RunDirectory.resolve(runId);
        if (id == null) {
            err.println("error: there are no runs under " + RunSession.stateDir().resolve("runs"));
            return ExitCodes.USAGE;
        }
        RunReport report;
        try {
            report = RunReport.of(Journal.events(RunDirectory.journal(id)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: no readable journal for run `" + id + "` (" + RunDirectory.journal(id) + ")"
                    + Suggest.didYouMean(id, RunDirectory.ids()));
            return ExitCodes.USAGE;
        }
        String text = format.render(report);
        if (output == null) {
            out.print(text);
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("report: " + output);
        return ExitCodes.OK;
    }
}
