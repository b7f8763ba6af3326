package dev.playbook.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The expression budgets count work, so time a thread spends not running is not charged to it. */
class ThreadCpuClockTest {

    @Test
    void doesNotAdvanceWhileTheThreadIsNotRunning() throws InterruptedException {
        long before = ThreadCpuClock.nanos();
        Thread.sleep(Duration.ofSeconds(1).toMillis());
        long spent = ThreadCpuClock.nanos() - before;

        assertTrue(spent < Duration.ofMillis(500).toNanos(), "a sleeping thread was charged " + spent + " ns");
    }

    @Test
    void advancesWhileTheThreadComputes() {
        long before = ThreadCpuClock.nanos();
        long sum = 0;
        for (int i = 0; ThreadCpuClock.nanos() - before <= 0 && i < 1_000_000_000; i++) {
            sum += Long.numberOfTrailingZeros(i);
        }

        assertTrue(ThreadCpuClock.nanos() > before, "no processor time measured after computing " + sum);
    }
}
