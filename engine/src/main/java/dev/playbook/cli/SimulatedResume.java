package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Style;
import dev.playbook.model.Playbook;
import dev.playbook.run.Controller;
import dev.playbook.run.Executor;
import dev.playbook.run.Journal;
import dev.playbook.run.JournalSink;
import dev.playbook.run.Provenance;
import dev.playbook.run.Redactor;
import dev.playbook.run.Resumed;
import dev.playbook.run.RunOptions;
import dev.playbook.run.RunResult;
import dev.playbook.run.StepRecord;
import dev.playbook.sim.drill.ReplayToCrash;
import dev.playbook.sim.drill.ReplayedEvents;
import dev.playbook.sim.drill.Simulation;
import dev.playbook.sim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resumes a simulated run against its simulated world, never against AWS or HTTP. A journal
 * cannot hold a world, so the world is rebuilt by replaying the drill — same scenario, world,
 * seed, inputs and virtual start — up to the first step the crashed run had not finished (a
 * simulation is deterministic for its seed); the resumed run goes on from there on the same
 * virtual clock, in the same journal, and the drill's verdict judges the whole run.
 */
final class SimulatedResume {

    record Request(Journal journal, Playbook playbook, ActionRegistry registry, List<String> inputs, List<Resumed.Decision> decisions,
                   String contentHash, boolean json, Style style) {
    }

    private SimulatedResume() {
    }

    static int resume(Request request, PrintWriter out, PrintWriter err, PrintWriter notes) {
        Journal journal = request.journal();
        Playbook playbook = request.playbook();
        SimulationRecord record;
        try {
            record = SimulationRecord.read(JournalSink.location(RunSession.stateDir(), journal.runId()).getParent());
        } catch (IOException e) {
            err.println("error: run " + journal.runId() + " was simulated, but its simulation cannot be rebuilt: " + e.getMessage()
                    + "\nhint: a simulated run is never resumed against real AWS or HTTP; start the drill again with"
                    + " playbook run " + journal.file() + " --simulate");
            return ExitCodes.USAGE;
        }
        Scenario scenario = DrillCommand.scenario(record.scenario(), record.world(), Path.of(journal.file()), playbook, err, notes);
        Map<String, Object> values = DrillCommand.inputs(playbook, scenario, request::inputs, err);
        if (scenario == null || values == null) {
            return ExitCodes.USAGE;
        }
        Simulation simulation = Simulation.start(scenario, record.seed(), record.start(), request.registry());
        ReplayedEvents events = new ReplayedEvents(simulation.recorder());
        ReplayToCrash replay = new ReplayToCrash(playbook, journal.finished());
        RunOptions replayOptions = new RunOptions(journal.runId(), record.startAt(), record.phase(), record.seed(), true);
        RunResult replayed = new Executor(playbook, simulation.registry(), simulation.clock(), events.replay(), simulation.approver(),
                replayOptions, Redactor.forInputs(playbook, values), replay).run(values);
        events.replayEnded(replay.stoppedBefore() != null);
        notes.println("simulation: rebuilt by replaying seed " + record.seed() + (replay.stoppedBefore() == null ? " to its end"
                : " up to `" + replay.stoppedBefore() + "`") + "; nothing real is called");
        notes.flush();

        Map<String, StepRecord> restored = new LinkedHashMap<>();
        for (StepRecord step : replayed.steps()) {
            restored.put(step.id(), step);
            StepRecord journaled = journal.finished().get(step.id());
            if (journaled != null && journaled.status() != step.status()) {
                err.println("warning: the replay of `" + step.id() + "` " + step.status().name().toLowerCase(java.util.Locale.ROOT)
                        + " where the journal says " + journaled.status().name().toLowerCase(java.util.Locale.ROOT)
                        + "; the world follows the replay");
            }
        }
        List<Resumed.Decision> decisions = new ArrayList<>(request.decisions());
        decisions.add(new Resumed.Decision(null, "replayed", "the simulation replayed with seed " + record.seed()
                + (replay.stoppedBefore() == null ? " to its end" : " up to `" + replay.stoppedBefore() + "`") + " to rebuild its world"));
        Resumed resumed = new Resumed(journal.started(), journal.phaseStarts(), journal.phasesDone(), journal.rollbackCause(), decisions);
        RunOptions options = new RunOptions(journal.runId(), record.startAt(), record.phase(), record.seed(), true, restored, null,
                Provenance.local(request.contentHash()), resumed);
        return SimulatedRun.execute(simulation, playbook, values, options, request.json(), request.style(), Controller.AUTOMATIC,
                events.resumed(), out, err);
    }
}
