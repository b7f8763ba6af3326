package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.repl.Completions;
import dev.playbook.repl.DebugSession;
import dev.playbook.repl.JLineIO;
import dev.playbook.repl.PlainIO;
import dev.playbook.repl.ReplIO;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunOptions;
import dev.playbook.run.SystemClock;
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
import java.util.concurrent.ThreadLocalRandom;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "debug", description = "Step through a playbook: next, skip, retry, breakpoints, print any expression."
        + "%nType `help` at the prompt. Exit codes as for run.")
final class DebugCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The playbook.")
    Path file;

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "Set an input (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of retry jitter, for reproducible runs.")
    Long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RunSetup.Prepared prepared = RunSetup.prepare(file, inputs, ActionRegistry.discover(), err);
        if (prepared == null) {
            return ExitCodes.USAGE;
        }
        boolean terminal = System.console() != null;
        try (Terminal term = terminal ? TerminalBuilder.builder().system(true).build() : null) {
            PrintWriter out = terminal ? term.writer() : spec.commandLine().getOut();
            Redactor redactor = Redactor.forInputs(prepared.playbook(), prepared.inputs().values());
            DebugSession session = new DebugSession(prepared.registry(), redactor, System.getProperty("user.name", "operator"));
            RunOptions options = new RunOptions(RunCommand.runId(), null, null,
                    seed != null ? seed : ThreadLocalRandom.current().nextLong(), false);
            Path history = historyFile();
            List<JLineIO> terminalIO = new ArrayList<>();
            Thread runner = Thread.currentThread();
            int code = RunSession.execute(new RunSession.Setup(prepared.playbook(), prepared.registry(), prepared.inputs().values(),
                    options, new SystemClock(), false, session, session, List.of(session), "aws", executor -> {
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
                    }), out, err);
            terminalIO.forEach(JLineIO::saveHistory);
            return code;
        }
    }

    private static Path historyFile() throws IOException {
        Path dir = Path.of(System.getProperty("user.home"), ".playbook");
        Files.createDirectories(dir);
        return dir.resolve("history");
    }
}
