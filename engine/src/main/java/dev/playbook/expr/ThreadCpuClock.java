package dev.playbook.expr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time the current thread has spent, for the expression budgets: an evaluation is
 * bounded by the work it does, so a busy machine (a CI runner, a drill of a hundred runs beside
 * another build) neither cuts an ordinary expression short nor lets a runaway one live longer.
 * Falls back to wall time where the JVM cannot measure a thread's processor time.
 */
final class ThreadCpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported() && enable();

    private ThreadCpuClock() {
    }

    private static boolean enable() {
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        return THREADS.isThreadCpuTimeEnabled();
    }

    /** Nanoseconds on a clock that only advances while this thread runs; compare differences only. */
    static long nanos() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
