package dev.playbook.cli;

import dev.playbook.model.Durations;
import dev.playbook.report.RunReport;
import dev.playbook.run.Journal;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "List the runs kept under the state directory, oldest first: id, playbook, status, "
        + "who started it, when, how long, and whether it was simulated.")
final class RunsCommand implements Callable<Integer> {

    @Mixin
    StandardOptions standard;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String format = "%-22s  %-24s  %-11s  %-20s  %-20s  %9s  %s%n";
        out.printf(format, "RUN", "PLAYBOOK", "STATUS", "BY", "STARTED", "DURATION", "");
        for (String id : RunDirectory.ids()) {
            try {
                RunReport r = RunReport.of(Journal.events(RunDirectory.journal(id)));
                out.printf(format, r.runId(), r.playbook(), r.status(), r.startedBy() == null ? "" : r.startedBy(),
                        r.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), Durations.format(r.span()),
                        r.simulated() ? "simulated" : "");
            } catch (IOException | IllegalArgumentException e) {
                out.printf(format, id, "?", "unreadable", "", "", "", "");
            }
        }
        return ExitCodes.OK;
    }
}
