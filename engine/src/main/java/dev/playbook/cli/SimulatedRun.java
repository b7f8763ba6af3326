package dev.playbook.cli;

import dev.playbook.diag.Style;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.Controller;
import dev.playbook.run.EventSink;
import dev.playbook.run.RunOptions;
import dev.playbook.sim.drill.DrillReport;
import dev.playbook.sim.drill.DrillResult;
import dev.playbook.sim.drill.Simulation;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A run against a simulated world, started or resumed, then the drill's report; exit 0 only for a PASS. */
final class SimulatedRun {

    private SimulatedRun() {
    }

    static int execute(Simulation simulation, Playbook playbook, Map<String, Object> inputs, RunOptions options, boolean json,
                       Style style, Controller controller, EventSink recorder, PrintWriter out, PrintWriter err) {
        long began = System.nanoTime();
        Approver approver = simulation.approver();
        int code = RunSession.execute(new RunSession.Setup(playbook, simulation.registry(), inputs, options, simulation.clock(),
                json, style, approver, controller, List.of(recorder), "simulator").judgedBy(RunSession.Judge.simulated(simulation)), out, err);
        if (code == ExitCodes.USAGE) {
            return code;
        }
        DrillResult drill = simulation.conclude(playbook, inputs, options);
        if (!json) {
            out.println();
            new DrillReport(out, style).one(drill, Duration.ofNanos(System.nanoTime() - began));
        }
        return drill.verdict().passed() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
