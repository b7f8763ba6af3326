package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.repl.Completions;
import dev.playbook.repl.DebugSession;
import dev.playbook.repl.JLineIO;
import dev.playbook.repl.PlainIO;
import dev.playbook.repl.ReplIO;
import dev.playbook.run.EventSink;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunOptions;
import dev.playbook.run.SystemClock;
import dev.playbook.sim.drill.DrillReport;
import dev.playbook.sim.drill.DrillResult;
import dev.playbook.sim.drill.Simulation;
import dev.playbook.sim.scenario.Scenario;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "debug", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Step through a playbook: next, skip, retry, breakpoints, print any expression."
        + "%nType `help` at the prompt. Exit codes as for run.")
final class DebugCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The playbook.")
    Path file;

    @Mixin
    InputOptions inputs;

    @Mixin
    SeedOption seed;

    @Option(names = "--simulate", description = "Step through a drill against the simulated AWS world on its virtual clock.")
    boolean simulate;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    StandardOptions standard;

    @Option(names = "--world", paramLabel = "F", description = "With --simulate: the world file (default: the one found for the playbook).")
    Path worldFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((scenario.file != null || worldFile != null) && !simulate) {
            err.println("error: " + (scenario.file != null ? "--scenario" : "--world") + " needs --simulate");
            return ExitCodes.USAGE;
        }
        ActionRegistry real = PlaybookCommand.actions(spec);
        Environment environment = DrillCommand.environment(inputs, file, err, standard.notes(err));
        if (inputs.env != null && environment == null) {
            return ExitCodes.USAGE;
        }
        RunSetup.Prepared prepared = RunSetup.prepare(file, playbook -> inputs.resolve(playbook, environment), real, err,
                standard.notes(err), simulate);
        if (prepared == null) {
            return ExitCodes.USAGE;
        }
        long seedValue = seed.orRandom();
        Simulation simulation = null;
        Map<String, Object> values = prepared.inputs().values();
        if (simulate) {
            Scenario chosen = DrillCommand.scenario(scenario.file, worldFile, file, prepared.playbook(), err, standard.notes(err));
            values = DrillCommand.inputs(prepared.playbook(), chosen, () -> inputs.resolve(prepared.playbook(), environment), err);
            if (chosen == null || values == null) {
                return ExitCodes.USAGE;
            }
            DrillCommand.announceSeed(seedValue, standard.notes(err));
            simulation = Simulation.start(chosen, seedValue, Instant.now().truncatedTo(ChronoUnit.SECONDS), real);
        }
        boolean terminal = System.console() != null;
        try (Terminal term = terminal ? TerminalBuilder.builder().system(true).build() : null) {
            PrintWriter out = terminal ? term.writer() : spec.commandLine().getOut();
            Redactor redactor = Redactor.forInputs(prepared.playbook(), values);
            ActionRegistry registry = simulation == null ? real : simulation.registry();
            // In a drill nothing real changes and there is no one to approve: the simulator approves, as in `run --simulate`.
            DebugSession session = new DebugSession(registry, redactor, System.getProperty("user.name", "operator"), !simulate);
            RunOptions options = new RunOptions(RunCommand.runId(), null, null, seedValue, simulate);
            Path history = historyFile();
            List<JLineIO> terminalIO = new ArrayList<>();
            Thread runner = Thread.currentThread();
            Simulation drill = simulation;
            List<EventSink> sinks = drill == null ? List.of(session) : List.of(session, drill.recorder());
            int code = RunSession.execute(new RunSession.Setup(prepared.playbook(), registry, values, options,
                    drill == null ? new SystemClock() : drill.clock(), false, standard.style(), drill == null ? session : drill.approver(), session, sinks,
                    drill == null ? "aws" : "simulator", executor -> {
                        ReplIO io;
                        if (terminal) {
                            JLineIO jline = new JLineIO(term, new Completions(executor), history);
                            terminalIO.add(jline);
                            // Ctrl-C while a step runs cancels that step; at the prompt JLine handles it itself.
                            term.handle(Terminal.Signal.INT, signal -> runner.interrupt());
                            io = jline;
                        } else {
                            io = new PlainIO(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
                        }
                        session.attach(executor, io);
                    }, drill == null ? RunSession.Judge.REAL : RunSession.Judge.simulated(drill)), out, err);
            terminalIO.forEach(JLineIO::saveHistory);
            if (drill == null || code == ExitCodes.USAGE) {
                return code;
            }
            DrillResult result = drill.conclude(prepared.playbook(), values, options);
            out.println();
            new DrillReport(out, standard.style()).one(result, null);
            return code != ExitCodes.OK ? code : result.verdict().passed() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    private static Path historyFile() throws IOException {
        Path dir = Path.of(System.getProperty("user.home"), ".playbook");
        Files.createDirectories(dir);
        return dir.resolve("history");
    }
}
