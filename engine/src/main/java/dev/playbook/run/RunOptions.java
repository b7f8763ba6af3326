package dev.playbook.run;

import java.util.Map;

/**
 * How to run: {@code startAt} skips the steps before a step id, {@code phase} runs one phase
 * only, {@code seed} makes jitter reproducible, and {@code restored} holds the steps a resumed
 * run already finished (they are not run again); {@code provenance} is who runs it, where, on which
 * version of the playbook; {@code resumed} is null for a new run.
 */
public record RunOptions(String runId, String startAt, String phase, long seed, boolean simulated,
                         Map<String, StepRecord> restored, Provenance provenance, Resumed resumed) {

    public RunOptions {
        restored = Map.copyOf(restored);
    }

    public RunOptions(String runId, String startAt, String phase, long seed, boolean simulated, Map<String, StepRecord> restored) {
        this(runId, startAt, phase, seed, simulated, restored, Provenance.local(null), null);
    }

    public RunOptions(String runId, String startAt, String phase, long seed, boolean simulated) {
        this(runId, startAt, phase, seed, simulated, Map.of());
    }
}
