package dev.playbook.run;

/**
 * How to run: {@code startAt} skips the steps before a step id, {@code phase} runs one phase
 * only, {@code seed} makes jitter reproducible.
 */
public record RunOptions(String runId, String startAt, String phase, long seed, boolean simulated) {
}
