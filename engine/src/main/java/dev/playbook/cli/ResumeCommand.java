package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Suggest;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.run.Approver;
import dev.playbook.run.Controller;
import dev.playbook.run.Journal;
import dev.playbook.run.Provenance;
import dev.playbook.run.Resumed;
import dev.playbook.run.JournalSink;
import dev.playbook.run.Redactor;
import dev.playbook.run.Resumption;
import dev.playbook.run.RunOptions;
import dev.playbook.run.StepRecord;
import dev.playbook.run.SystemClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Continue a run that stopped (failed, aborted, or killed) from its journal."
        + "%nFinished steps are not run again. Exit codes as for run.")
final class ResumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run, as printed when it started (see .playbook/runs/).")
    String runId;

    @Mixin
    InputOptions inputs;

    @Mixin
    ApprovalOptions approvals;

    @Option(names = "--rerun", paramLabel = "STEP", description = "Run this interrupted step again: its change did not happen.")
    List<String> rerun = new ArrayList<>();

    @Option(names = "--assume-done", paramLabel = "STEP", description = "Count this interrupted step as done: its change happened.")
    List<String> assumeDone = new ArrayList<>();

    @Option(names = "--accept-changes", description = "Resume although the playbook changed since the run started: steps are matched by id.")
    boolean acceptChanges;

    @Mixin
    OutputOption output;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path journalFile = JournalSink.location(RunSession.stateDir(), runId);
        Journal journal;
        try {
            journal = Journal.read(journalFile);
        } catch (IOException e) {
            err.println("error: no journal for run `" + runId + "` (" + journalFile + ")" + Suggest.didYouMean(runId, RunDirectory.ids()));
            return ExitCodes.USAGE;
        }
        if ("succeeded".equals(journal.endStatus())) {
            out.println("run " + runId + " already succeeded; nothing to resume");
            return ExitCodes.OK;
        }
        if ("rolled_back".equals(journal.endStatus())) {
            err.println("error: run " + runId + " was rolled back, so the steps it had done were undone; start a new run");
            return ExitCodes.USAGE;
        }
        ActionRegistry registry = PlaybookCommand.actions(spec);
        RunSetup.Prepared prepared;
        try {
            prepared = RunSetup.prepare(Path.of(journal.file()), playbook -> journaledInputs(journal), registry, err, standard.notes(err),
                    journal.simulated());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (prepared == null) {
            return ExitCodes.USAGE;
        }
        String hash;
        try {
            hash = Provenance.hashOf(Path.of(journal.file()));
        } catch (IOException e) {
            err.println("error: cannot read " + journal.file() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Resumed.Decision> decisions = new ArrayList<>();
        if (journal.contentHash() != null && !journal.contentHash().equals(hash)) {
            String changes = PlaybookChanges.summary(journal, prepared.playbook());
            if (!acceptChanges) {
                err.println("error: " + journal.file() + " changed since run " + runId + " started" + changes
                        + "\nhint: check the changes; resume with --accept-changes to match steps by id, or start a new run");
                return ExitCodes.USAGE;
            }
            out.println("the playbook changed since the run started" + changes + "; steps are matched by id (--accept-changes)");
            decisions.add(new Resumed.Decision(null, "accept_changes", "--accept-changes"));
        }
        if (journal.simulated()) {
            if (!rerun.isEmpty() || !assumeDone.isEmpty()) {
                err.println("error: run " + runId + " was simulated: its world is rebuilt by replaying the drill, so no step is in doubt"
                        + "\nhint: resume it without --rerun and --assume-done");
                return ExitCodes.USAGE;
            }
            return SimulatedResume.resume(new SimulatedResume.Request(journal, prepared.playbook(), registry, journaledInputs(journal),
                    decisions, hash, output.json(), standard.style()), out, err, standard.notes(err));
        }
        Map<String, StepRecord> restored;
        try {
            restored = Resumption.restored(journal, prepared.playbook(), registry, new HashSet<>(rerun), new HashSet<>(assumeDone));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        rerun.forEach(step -> decisions.add(new Resumed.Decision(step, "rerun", "--rerun " + step)));
        assumeDone.forEach(step -> decisions.add(new Resumed.Decision(step, "assume_done", "--assume-done " + step)));
        Resumed resumed = new Resumed(journal.started(), journal.phaseStarts(), journal.phasesDone(), journal.rollbackCause(), decisions);
        Approver interactive = System.console() == null ? null
                : new ConsoleApprover(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        RunOptions options = new RunOptions(runId, null, null, ThreadLocalRandom.current().nextLong(), false, restored, null,
                Provenance.local(hash), resumed);
        return RunSession.execute(new RunSession.Setup(prepared.playbook(), registry, prepared.inputs().values(), options,
                new SystemClock(), output.json(), standard.style(), Approver.of(approvals.yes, new HashSet<>(approvals.steps), interactive),
                Controller.AUTOMATIC, List.of(), "aws"), out, err);
    }

    /** The inputs the run started with, as -i pairs; given -i values win, and masked secrets must be given again. */
    private List<String> journaledInputs(Journal journal) {
        Map<String, String> given = dev.playbook.load.InputBinder.pairs(inputs.pairs);
        List<String> pairs = new ArrayList<>(inputs.pairs);
        journal.inputs().forEach((name, value) -> {
            if (given.containsKey(name) || value == null) {
                return;
            }
            if (Redactor.MASK.equals(value)) {
                throw new IllegalArgumentException("secret input `" + name + "` is not kept in the journal; pass -i " + name + "=VALUE");
            }
            pairs.add(name + "=" + ExpressionEngine.text(value));
        });
        return pairs;
    }
}
