package dev.playbook.run;

import java.time.Duration;
import java.util.List;

/** How a run ended, and the record of every step in the order they finished. */
public record RunResult(String runId, RunStatus status, Duration elapsed, List<StepRecord> steps, String failedStep,
                        String reason) {

    public RunResult {
        steps = List.copyOf(steps);
    }
}
