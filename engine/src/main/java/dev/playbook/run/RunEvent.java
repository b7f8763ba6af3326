package dev.playbook.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything that happens in a run, in order. The terminal display, the JSON output, the
 * journal and the reports all read these events and nothing else of the executor.
 */
public sealed interface RunEvent {

    Instant at();

    /** The event's name in JSON output and journals. */
    default String type() {
        String name = getClass().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code user}, {@code host} and {@code contentHash} (the playbook file's SHA-256) say who ran what, and where. */
    record RunStarted(Instant at, String runId, String playbook, String file, Map<String, Object> inputs,
                      Duration rto, Duration rpo, boolean simulated, String environment, String user, String host, String contentHash) implements RunEvent {
    }

    record PhaseStarted(Instant at, String phase, String title, Duration budget) implements RunEvent {
    }

    record StepStarted(Instant at, String step, String phase, String kind, String title, String action) implements RunEvent {
    }

    /** The parameters and region an action or wait step calls with, secrets masked. */
    record ActionResolved(Instant at, String step, String action, Object params, String region) implements RunEvent {
    }

    record AttemptStarted(Instant at, String step, int attempt) implements RunEvent {
    }

    record AttemptFinished(Instant at, String step, int attempt, boolean ok, String errorCode, String error,
                           Duration retryIn) implements RunEvent {
    }

    record Polled(Instant at, String step, int poll, boolean satisfied, String observed, Duration elapsed,
                  Duration timeout) implements RunEvent {
    }

    record Verified(Instant at, String step, String check, boolean passed, String detail) implements RunEvent {
    }

    /** An operator's decision on a manual step: who, and how ({@code --yes}, {@code --approve STEP}, at a terminal). */
    record Approval(Instant at, String step, boolean approved, String who, String how, String instructions) implements RunEvent {
    }

    record Said(Instant at, String step, String channel, String message) implements RunEvent {
    }

    /** A finished step; {@code result} (secrets masked) lets a resumed run read it again. */
    record StepFinished(Instant at, String step, StepStatus status, int attempts, Duration duration,
                        String errorCode, String error, Object result) implements RunEvent {
    }

    /** A run continued from its journal; the steps listed were restored, not run again. */
    record RunResumed(Instant at, String runId, java.util.List<String> restored, Instant runStarted, String user, String host,
                      String contentHash) implements RunEvent {
    }

    /** An operator's decision on resume ({@code assume_done}, {@code rerun}, {@code accept_changes}): who, how, when. */
    record Decided(Instant at, String step, String decision, String who, String how) implements RunEvent {
    }

    record BudgetExceeded(Instant at, String phase, Duration budget, Duration elapsed) implements RunEvent {
    }

    record RtoExceeded(Instant at, Duration rto, Duration elapsed) implements RunEvent {
    }

    record PhaseFinished(Instant at, String phase, Duration elapsed, Duration budget, boolean ok) implements RunEvent {
    }

    record RollbackStarted(Instant at, String cause) implements RunEvent {
    }

    record RunFinished(Instant at, RunStatus status, Duration elapsed, Duration rto, String failedStep,
                       String reason) implements RunEvent {
    }

    /**
     * The run's verdict, the last event of a run that was judged (every drill and simulated run,
     * a real run that declares criteria): {@code verdict} is {@code pass}, {@code fail}, or
     * {@code not_verified} (a real run that could not measure some lines), then every line.
     */
    record Verdict(Instant at, String verdict, java.util.List<Criterion> criteria) implements RunEvent {

        public Verdict {
            criteria = java.util.List.copyOf(criteria);
        }

        /**
         * One line: what the criterion requires ({@code limit}, empty when it is a state), what was
         * measured ({@code measured}, null when nothing could be), {@code status} {@code pass} or
         * {@code fail}, and what the measurement rests on.
         */
        public record Criterion(String name, String limit, String measured, String status, String detail) {
        }
    }
}
