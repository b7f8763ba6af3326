package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The world's own clock: changes scheduled for later (a promotion completing, an instance
 * becoming healthy) wait here until the run's clock reaches them. The world is advanced lazily,
 * whenever an action looks at it, so nothing runs between calls and the run's virtual clock
 * stays the only source of time. Changes due at the same instant run in the order scheduled.
 */
final class Timeline {

    private record Entry(Instant at, long order, Runnable change) {
    }

    private final PriorityQueue<Entry> pending = new PriorityQueue<>(
            Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
    private Instant now;
    private long order;

    Timeline(Instant start) {
        this.now = start;
    }

    Instant now() {
        return now;
    }

    void at(Instant when, Runnable change) {
        pending.add(new Entry(when.isBefore(now) ? now : when, order++, change));
    }

    void after(Duration delay, Runnable change) {
        at(now.plus(delay), change);
    }

    /** Runs every change due by {@code target}, each at its own time, calling {@code afterEach} after each. */
    void advanceTo(Instant target, Runnable afterEach) {
        while (!pending.isEmpty() && !pending.peek().at().isAfter(target)) {
            Entry next = pending.poll();
            now = next.at();
            next.change().run();
            afterEach.run();
        }
        if (target.isAfter(now)) {
            now = target;
        }
    }
}
