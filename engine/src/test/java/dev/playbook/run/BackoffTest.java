package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.model.Retry;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Delays between attempts: exponential, capped, and with jitter drawn reproducibly. */
class BackoffTest {

    private static Retry retry(String delay, double backoff, String maxDelay, boolean jitter) {
        return new Retry(10, Duration.parse(delay), backoff, Duration.parse(maxDelay), jitter, null, null);
    }

    private static List<Duration> delays(Backoff backoff, Retry retry, int attempts) {
        return IntStream.rangeClosed(1, attempts).mapToObj(n -> backoff.delayAfter(n, retry)).toList();
    }

    @Test
    void withoutJitterTheDelayGrowsByTheBackoffFactorUntilTheCap() {
        Retry retry = retry("PT10S", 2.0, "PT1M", false);
        assertEquals(
                List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                        Duration.ofSeconds(60), Duration.ofSeconds(60)),
                delays(new Backoff(1), retry, 5));
    }

    @Test
    void aBackoffOfOneKeepsTheDelayConstant() {
        Retry retry = retry("PT3S", 1.0, "PT1M", false);
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)),
                delays(new Backoff(1), retry, 3));
    }

    @Test
    void theSameSeedDrawsTheSameJitter() {
        Retry retry = retry("PT10S", 2.0, "PT5M", true);
        assertEquals(delays(new Backoff(42), retry, 6), delays(new Backoff(42), retry, 6));
    }

    @Property(tries = 200)
    void jitterDrawsBetweenHalfAndAllOfTheCappedDelay(
            @ForAll @IntRange(min = 1, max = 12) int attempt, @ForAll long seed) {
        Retry retry = retry("PT10S", 2.0, "PT2M", true);
        Duration full = new Backoff(0).delayAfter(attempt, retry("PT10S", 2.0, "PT2M", false));
        Duration drawn = new Backoff(seed).delayAfter(attempt, retry);
        assertTrue(drawn.compareTo(full.dividedBy(2).minusMillis(1)) >= 0, drawn + " below half of " + full);
        assertTrue(drawn.compareTo(full) <= 0, drawn + " above " + full);
    }

    @Property(tries = 100)
    void noAttemptNumberOverflowsPastTheCap(@ForAll @IntRange(min = 3, max = 10_000) int attempt) {
        Retry retry = retry("PT1S", 10.0, "PT30S", false);
        assertEquals(Duration.ofSeconds(30), new Backoff(0).delayAfter(attempt, retry));
    }
}
