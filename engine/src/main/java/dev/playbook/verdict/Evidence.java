package dev.playbook.verdict;

import dev.playbook.model.Criterion;
import java.time.Duration;
import java.time.Instant;

/**
 * What a verdict can learn beyond the run's own events. A drill answers from the simulated
 * world's request history and databases; a real run only from what it can call.
 */
public interface Evidence {

    /** The share (0..1) of user requests, in both regions, that failed between {@code from} and {@code to}. */
    Measure<Double> errorShare(Instant from, Instant to);

    /** The writes lost, as a window of time. */
    Measure<Duration> dataLoss();

    /** How long after {@code start} service was restored for good; absent (with why) when it was not. */
    Measure<Duration> recovery(Instant start, Instant runEnd);

    /** Polls the end-state check; the value says whether it came to hold. */
    Measure<Boolean> endState(Criterion.EndState criterion);
}
