package dev.playbook.expr;

import dev.playbook.model.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The {@code time:} namespace of expressions. Reads the run's clock, so on the simulator's
 * virtual clock {@code time:now()} is virtual time.
 */
public final class TimeFunctions {

    private final Supplier<Instant> now;

    public TimeFunctions(Supplier<Instant> now) {
        this.now = now;
    }

    /** The current time, ISO-8601 in UTC, to the second. */
    public String now() {
        return now.get().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The time {@code duration} ago, ISO-8601 in UTC ({@code time:ago('5m')}). */
    public String ago(String duration) {
        Duration d = Durations.parse(duration)
                .orElseThrow(() -> new IllegalArgumentException("not a duration: '" + duration + "'"));
        return now.get().minus(d).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Seconds since the epoch, like {@code date +%s}. */
    public long epoch() {
        return now.get().getEpochSecond();
    }
}
