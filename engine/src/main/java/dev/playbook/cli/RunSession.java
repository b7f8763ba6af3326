package dev.playbook.cli;

import dev.playbook.action.ActionProvider;
import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Style;
import dev.playbook.model.Playbook;
import dev.playbook.progress.ConsoleProgress;
import dev.playbook.progress.JsonLinesSink;
import dev.playbook.run.Approver;
import dev.playbook.run.Clock;
import dev.playbook.run.Controller;
import dev.playbook.run.EventSink;
import dev.playbook.run.Executor;
import dev.playbook.report.ReportFormat;
import dev.playbook.report.RunReport;
import dev.playbook.run.Journal;
import dev.playbook.run.JournalSink;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunLock;
import dev.playbook.run.RecordedEvents;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunOptions;
import dev.playbook.run.RunResult;
import dev.playbook.sim.drill.Simulation;
import dev.playbook.verdict.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run as every command performs it: the lock against a second operator, the journal, the
 * operator's display, the executor, and the exit code; providers are closed at the end.
 */
final class RunSession {

    /** Judges a finished run from its events; null when there is nothing to judge. */
    interface Judge {
        Verdict judge(Setup setup, List<RunEvent> events, RunResult result);

        /** A real run's verdict, when its playbook declares objectives or criteria. */
        Judge REAL = (setup, events, result) -> RunVerdict.judge(setup, events, result.status());

        /** A drill's verdict, from the simulated world the run met. */
        static Judge simulated(Simulation simulation) {
            return (setup, events, result) -> simulation.conclude(setup.playbook(), setup.inputs(), setup.options()).verdict();
        }
    }

    /**
     * What a run needs. {@code target} names what it acts on, for the lock ({@code aws}, {@code simulator});
     * {@code judge} gives the verdict that ends it (a real run's by default, a simulation's in a drill).
     */
    record Setup(Playbook playbook, ActionRegistry registry, Map<String, Object> inputs, RunOptions options, Clock clock,
                 boolean json, Style style, Approver approver, Controller controller, List<EventSink> extraSinks, String target,
                 Consumer<Executor> onReady, Judge judge) {

        Setup(Playbook playbook, ActionRegistry registry, Map<String, Object> inputs, RunOptions options, Clock clock,
              boolean json, Style style, Approver approver, Controller controller, List<EventSink> extraSinks, String target) {
            this(playbook, registry, inputs, options, clock, json, style, approver, controller, extraSinks, target, executor -> { }, Judge.REAL);
        }

        Setup judgedBy(Judge other) {
            return new Setup(playbook, registry, inputs, options, clock, json, style, approver, controller, extraSinks, target, onReady, other);
        }
    }

    private RunSession() {
    }

    /** Where runs keep their journals and locks: {@code .playbook} here, unless -Dplaybook.state says otherwise. */
    static Path stateDir() {
        return Path.of(System.getProperty("playbook.state", ".playbook"));
    }

    static int execute(Setup setup, PrintWriter out, PrintWriter err) {
        Redactor redactor = Redactor.forInputs(setup.playbook(), setup.inputs());
        RunLock lock;
        try {
            lock = RunLock.acquire(stateDir(), setup.playbook().metadata().name(), setup.target(), setup.options().runId());
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (lock; JournalSink journal = new JournalSink(JournalSink.location(stateDir(), setup.options().runId()))) {
            List<EventSink> sinks = new ArrayList<>();
            sinks.add(journal);
            sinks.add(setup.json() ? new JsonLinesSink(out) : new ConsoleProgress(out, setup.style()));
            sinks.addAll(setup.extraSinks());
            RecordedEvents events = new RecordedEvents();
            sinks.add(events);
            Executor executor = new Executor(setup.playbook(), setup.registry(), setup.clock(), EventSink.all(sinks),
                    setup.approver(), setup.options(), redactor, setup.controller());
            setup.onReady().accept(executor);
            RunResult result = executor.run(setup.inputs());
            boolean real = !setup.options().simulated();
            Verdict verdict = setup.judge().judge(setup, events.list(), result);
            if (verdict != null) {
                EventSink.all(sinks).accept(redactor.redact(verdict.event(setup.clock().now(), real)));
                if (real && !setup.json()) {
                    RunVerdict.print(out, setup.style(), verdict);
                }
            }
            Path report = writeReport(journal.file(), err);
            if (!setup.json()) {
                out.println("journal: " + journal.file());
                if (report != null) {
                    out.println("report: " + report + " (playbook report " + setup.options().runId() + " --format md|html|json)");
                }
            }
            return exitCode(result);
        } finally {
            closeProviders(setup.registry(), err);
        }
    }

    /** The run's HTML report next to its journal, so the end of every run can point at it; null when it cannot be written. */
    private static Path writeReport(Path journal, PrintWriter err) {
        Path report = journal.resolveSibling("report.html");
        try {
            java.nio.file.Files.writeString(report, ReportFormat.html.render(RunReport.of(Journal.events(journal))));
            return report;
        } catch (java.io.IOException | IllegalArgumentException e) {
            err.println("warning: cannot write the report " + report + ": " + e.getMessage());
            return null;
        }
    }

    static int exitCode(RunResult result) {
        return switch (result.status()) {
            case SUCCEEDED -> ExitCodes.OK;
            case ABORTED -> ExitCodes.ABORTED;
            default -> ExitCodes.FAILED;
        };
    }

    private static void closeProviders(ActionRegistry registry, PrintWriter err) {
        for (ActionProvider provider : registry.providers()) {
            if (provider instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    err.println("warning: closing " + provider.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }
}
