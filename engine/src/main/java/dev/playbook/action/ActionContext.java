package dev.playbook.action;

import java.time.Duration;
import java.time.Instant;

/**
 * What an action may use while it runs: the run's clock (virtual in drills), the step's
 * region, its time limit, and a way to tell the operator something.
 */
public interface ActionContext {

    String runId();

    String stepId();

    /** The step's AWS region, or null when it names none. */
    String region();

    /** Time left for this attempt, or null when unbounded. */
    Duration timeout();

    Instant now();

    /** Sleeps on the run's clock; interrupted when the attempt is cancelled. */
    void sleep(Duration duration) throws InterruptedException;

    /** A line for the operator and the journal (log and notify actions). */
    void say(String channel, String message);
}
