package dev.playbook.run;

import dev.playbook.model.Retry;
import java.time.Duration;
import java.util.Random;

/**
 * Delays between attempts: {@code delay x backoff^(n-1)}, capped at {@code max_delay}; with
 * jitter, a uniform draw between half and all of it, from a seeded generator so tests and
 * drills are reproducible.
 */
final class Backoff {

    private final Random random;

    Backoff(long seed) {
        this.random = new Random(seed);
    }

    Duration delayAfter(int attempt, Retry retry) {
        double nanos = retry.delay().toNanos() * Math.pow(retry.backoff(), attempt - 1);
        long capped = (long) Math.min(nanos, retry.maxDelay().toNanos());
        if (Boolean.TRUE.equals(retry.jitter())) {
            double fraction;
            synchronized (random) {
                fraction = 0.5 + random.nextDouble() * 0.5;
            }
            capped = (long) (capped * fraction);
        }
        return Duration.ofMillis(Math.max(0, capped / 1_000_000));
    }
}
