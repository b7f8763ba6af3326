package dev.playbook.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.action.ActionRegistry;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.diag.Style;
import dev.playbook.load.InputBinder;
import dev.playbook.progress.ConsoleProgress;
import dev.playbook.run.EventSink;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunOptions;
import dev.playbook.run.RunResult;
import dev.playbook.run.RunStatus;
import dev.playbook.run.VirtualClock;
import dev.playbook.testing.Golden;
import dev.playbook.testing.Repo;
import dev.playbook.testing.Runs;
import dev.playbook.testing.ScriptedActions;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scripted debugger sessions (piped input, no terminal) on the virtual clock; each transcript
 * is compared with a golden file under golden/debug/.
 */
class DebugTranscriptTest {

    private record Session(String transcript, RunResult result) {
    }

    private static Session debug(String... commands) {
        var playbook = Runs.load(Repo.read(Repo.fixtures().resolve("debug/drill.yaml")));
        ActionRegistry registry = new ActionRegistry(List.of(new ScriptedActions(), new BuiltinProvider()));
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        DebugSession session = new DebugSession(registry, Redactor.NONE, "alice", true);
        Executor executor = new Executor(playbook, registry, new VirtualClock(Runs.T0),
                EventSink.all(List.of(new ConsoleProgress(out, new Style(false)), session)),
                session, new RunOptions("debug-run", null, null, 7L, true), Redactor.NONE, session);
        String input = String.join("\n", commands) + "\n";
        session.attach(executor, new PlainIO(new BufferedReader(new StringReader(input)), out));
        RunResult result = executor.run(InputBinder.bind(playbook, Map.of()).values());
        out.flush();
        return new Session(text.toString(), result);
    }

    @Test
    void listNextPrintContinueWalksTheDrillToTheSummary() {
        Session s = debug("list", "next", "print steps.look.status", "continue", "y", "y", "continue");
        Golden.assertMatches("debug/walk.txt", s.transcript());
    }

    @Test
    void printShowsTreesAsJsonAndInfoShowsResolvedParameters() {
        Session s = debug("next", "print steps.look.result.DBInstances[0]", "info look", "print steps.nope.result", "quit", "y");
        assertEquals(RunStatus.ABORTED, s.result().status());
        Golden.assertMatches("debug/print-info.txt", s.transcript());
    }

    @Test
    void aFailedStepCanBeRetried() {
        Session s = debug("break promote", "continue", "y", "continue", "y", "retry", "y", "quit", "y");
        Golden.assertMatches("debug/retry.txt", s.transcript());
    }

    @Test
    void skipAndTemporaryBreakpointsAndDelete() {
        Session s = debug("skip", "tbreak settle", "break smoke", "delete smoke", "continue", "y", "y", "skip", "continue");
        assertEquals(RunStatus.SUCCEEDED, s.result().status());
        Golden.assertMatches("debug/skip-break.txt", s.transcript());
    }

    @Test
    void setChangesAnInputForTheStepsThatFollow() {
        Session s = debug("set inputs.capacity = 7", "print inputs.capacity * 2", "jump failover", "y", "skip", "skip", "step", "next", "next", "next");
        Golden.assertMatches("debug/set-jump-step.txt", s.transcript());
    }

    @Test
    void helpJournalAndUnknownCommands() {
        Session s = debug("help", "nxet", "next", "journal 3", "quit", "n", "quit", "y");
        Golden.assertMatches("debug/help-journal.txt", s.transcript());
    }

    @Test
    void endOfInputStopsTheRunLikeQuit() {
        Session s = debug("next");
        assertEquals(RunStatus.ABORTED, s.result().status());
    }
}
