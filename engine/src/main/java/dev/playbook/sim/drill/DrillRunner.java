package dev.playbook.sim.drill;

import dev.playbook.action.ActionRegistry;
import dev.playbook.model.Playbook;
import dev.playbook.run.EventSink;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunOptions;
import dev.playbook.sim.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a playbook against the simulated world, without an operator, a journal or a display: the
 * drill command and the tests. Each run has its own world and clock, so several run side by
 * side, and a seed gives the same drill on every machine.
 */
public final class DrillRunner {

    private final ActionRegistry real;

    /** {@code real} is the registry a real run would use; the simulator stands in front of it. */
    public DrillRunner(ActionRegistry real) {
        this.real = real;
    }

    public DrillResult run(Playbook playbook, Scenario scenario, Map<String, Object> inputs, long seed, Instant start) {
        return run(playbook, scenario, inputs, seed, start, event -> { });
    }

    /** As {@link #run(Playbook, Scenario, Map, long, Instant)}, with every event of the run also sent to {@code observer}. */
    public DrillResult run(Playbook playbook, Scenario scenario, Map<String, Object> inputs, long seed, Instant start, EventSink observer) {
        Simulation simulation = Simulation.start(scenario, seed, start, real);
        RunOptions options = new RunOptions("drill-" + Long.toHexString(seed), null, null, seed, true);
        Executor executor = new Executor(playbook, simulation.registry(), simulation.clock(), EventSink.all(List.of(simulation.recorder(), observer)),
                simulation.approver(), options, Redactor.forInputs(playbook, inputs));
        executor.run(inputs);
        return simulation.conclude(playbook, inputs, options);
    }

    /** {@code runs} drills with seeds {@code firstSeed}, {@code firstSeed + 1}, ..., in seed order. */
    public List<DrillResult> runMany(Playbook playbook, Scenario scenario, Map<String, Object> inputs, long firstSeed, int runs, Instant start)
            throws InterruptedException {
        int threads = Math.max(1, Math.min(runs, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "playbook-drill");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DrillResult>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long seed = firstSeed + i;
                futures.add(pool.submit(() -> run(playbook, scenario, inputs, seed, start)));
            }
            List<DrillResult> results = new ArrayList<>();
            for (Future<DrillResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a drill failed inside the simulator", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
