package dev.playbook.run;

import java.util.Map;

/**
 * How to run: {@code startAt} skips the steps before a step id, {@code phase} runs one phase
 * only, {@code seed} makes jitter reproducible, and {@code restored} holds the steps a resumed
 * run already finished (they are not run again); {@code environment} names the environment the run
 * is pointed at ({@code --env}) or is null, and is journaled with the run; {@code provenance} is who
 * runs it, where, on which version of the playbook; {@code resumed} is null for a new run.
 */
public record RunOptions(String runId, String startAt, String phase, long seed, boolean simulated,
                         Map<String, StepRecord> restored, String environment, Provenance provenance, Resumed resumed) {

    public RunOptions {
        restored = Map.copyOf(restored);
    }

    public RunOptions(String runId, String startAt, String phase, long seed, boolean simulated, Map<String, StepRecord> restored) {
        this(runId, startAt, phase, seed, simulated, restored, null, Provenance.local(null), null);
    }

    public RunOptions(String runId, String startAt, String phase, long seed, boolean simulated) {
        this(runId, startAt, phase, seed, simulated, Map.of());
    }

    public RunOptions inEnvironment(String name) {
        return new RunOptions(runId, startAt, phase, seed, simulated, restored, name, provenance, resumed);
    }
}
