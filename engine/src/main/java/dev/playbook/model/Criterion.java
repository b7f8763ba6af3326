package dev.playbook.model;

import java.time.Duration;
import java.util.List;

/**
 * A declared success criterion of a playbook. The kinds are closed: the verdict measures each
 * one from what the run did (and, in a drill, from the simulated world).
 */
public sealed interface Criterion permits Criterion.TimeLimit, Criterion.StepsSucceeded, Criterion.ErrorRate, Criterion.EndState {

    String title();

    /** When true, a criterion that could not be measured does not fail the verdict. */
    boolean mayBeAbsent();

    SourcePos pos();

    /** The window takes at most {@code limit}. */
    record TimeLimit(String title, Duration limit, Window window, boolean mayBeAbsent, SourcePos pos) implements Criterion {
    }

    /** Each of {@code steps} ran and succeeded. */
    record StepsSucceeded(String title, List<String> steps, boolean mayBeAbsent, SourcePos pos) implements Criterion {

        public StepsSucceeded {
            steps = List.copyOf(steps);
        }
    }

    /** The share of user requests that failed over the window is below {@code ceiling} (0..1). */
    record ErrorRate(String title, double ceiling, Window window, boolean mayBeAbsent, SourcePos pos) implements Criterion {
    }

    /** {@code check} is polled once the run has ended; it must come to hold within its timeout. */
    record EndState(String title, WaitStep check, boolean mayBeAbsent, SourcePos pos) implements Criterion {
    }

    /**
     * Where a criterion is measured: a phase (start to end), or a span of steps from the start of
     * {@code from} (the run's start when null) to the end of {@code to} (the run's end when null);
     * with all three null, the whole run.
     */
    record Window(String phase, String from, String to) {

        public static final Window WHOLE_RUN = new Window(null, null, null);

        public boolean wholeRun() {
            return phase == null && from == null && to == null;
        }

        /** How the window reads in reports: {@code phase failover}, {@code promote_db → dns_insync}, {@code the whole run}. */
        public String describe() {
            if (phase != null) {
                return "phase " + phase;
            }
            if (wholeRun()) {
                return "the whole run";
            }
            return (from == null ? "start" : from) + " → " + (to == null ? "end" : to);
        }
    }
}
