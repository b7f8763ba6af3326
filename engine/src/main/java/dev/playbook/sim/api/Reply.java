package dev.playbook.sim.api;

import dev.playbook.action.ActionException;
import java.time.Duration;

/** What a simulated call answers, and how long (on the run's clock) the answer takes to arrive. */
record Reply(Duration delay, Object result, ActionException error) {

    static Reply of(Duration delay, Object result) {
        return new Reply(delay, result, null);
    }

    static Reply failure(Duration delay, ActionException error) {
        return new Reply(delay, null, error);
    }
}
