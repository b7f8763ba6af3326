package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The deterministic scheduler every drill stands on: one participating thread runs at a time,
 * time only moves when nobody can run, and the same program interleaves the same way every time.
 */
@Timeout(60)
class VirtualClockTest {

    private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

    private static <T> T driven(VirtualClock clock, Callable<T> body) throws Exception {
        clock.enter();
        try {
            return body.call();
        } finally {
            clock.exit();
        }
    }

    private static Duration elapsed(VirtualClock clock) {
        return Duration.between(ORIGIN, clock.now());
    }

    @Test
    void sleepingJumpsTimeWithoutWaitingForIt() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        driven(clock, () -> {
            clock.sleep(Duration.ofHours(4));
            return null;
        });
        assertEquals(Duration.ofHours(4), elapsed(clock));
    }

    @Test
    void workThatDoesNotWaitTakesNoVirtualTime() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        driven(clock, () -> {
            long sum = 0;
            for (int i = 0; i < 1_000_000; i++) {
                sum += i;
            }
            return sum;
        });
        assertEquals(Duration.ZERO, elapsed(clock));
    }

    @Test
    void zeroAndNegativeSleepsReturnAtOnce() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        driven(clock, () -> {
            clock.sleep(Duration.ZERO);
            clock.sleep(Duration.ofSeconds(-5));
            return null;
        });
        assertEquals(Duration.ZERO, elapsed(clock));
    }

    @Test
    void parallelBranchesOverlapInsteadOfAddingUp() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        List<Clock.Outcome<String>> outcomes = driven(clock, () -> clock.all(List.of(
                () -> {
                    clock.sleep(Duration.ofMinutes(10));
                    return "a";
                },
                () -> {
                    clock.sleep(Duration.ofMinutes(7));
                    return "b";
                })));
        assertEquals(Duration.ofMinutes(10), elapsed(clock));
        assertEquals(List.of("a", "b"), outcomes.stream().map(Clock.Outcome::value).toList());
    }

    @Test
    void branchesWakeInOrderOfTheirWakeUpTimeAndThenOfWhenTheyAsked() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        driven(clock, () -> clock.all(List.of(
                sleeper(clock, order, "late", 30),
                sleeper(clock, order, "first-at-10", 10),
                sleeper(clock, order, "second-at-10", 10),
                sleeper(clock, order, "early", 5))));
        assertEquals(List.of("early@5", "first-at-10@10", "second-at-10@10", "late@30"), order);
    }

    private static Callable<Object> sleeper(VirtualClock clock, List<String> order, String name, int seconds) {
        return () -> {
            clock.sleep(Duration.ofSeconds(seconds));
            order.add(name + "@" + Duration.between(ORIGIN, clock.now()).toSeconds());
            return null;
        };
    }

    @Test
    void onlyOneParticipatingThreadRunsAtATime() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        AtomicBoolean inside = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        List<Callable<Object>> branches = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            int branch = b;
            branches.add(() -> {
                for (int i = 0; i < 20; i++) {
                    if (!inside.compareAndSet(false, true)) {
                        overlapped.set(true);
                    }
                    Thread.sleep(1);
                    inside.set(false);
                    clock.sleep(Duration.ofMillis(1 + branch));
                }
                return null;
            });
        }
        driven(clock, () -> clock.all(branches));
        assertFalse(overlapped.get(), "two branches held the baton at once");
    }

    @Property(tries = 30)
    void theSameProgramInterleavesTheSameWayEveryTime(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 50) Integer> sleeps) throws Exception {
        assertEquals(trace(sleeps), trace(sleeps));
    }

    private static List<String> trace(List<Integer> sleeps) throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Object>> branches = new ArrayList<>();
        for (int b = 0; b < sleeps.size(); b++) {
            int branch = b;
            branches.add(() -> {
                for (int round = 0; round < 3; round++) {
                    clock.sleep(Duration.ofSeconds(sleeps.get(branch)));
                    order.add(branch + ":" + round + "@" + Duration.between(ORIGIN, clock.now()).toSeconds());
                }
                return null;
            });
        }
        driven(clock, () -> clock.all(branches));
        return order;
    }

    @Test
    void aCallThatOutlivesItsTimeoutIsCancelledAtTheDeadline() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        AtomicBoolean finished = new AtomicBoolean();
        assertThrows(TimeoutException.class, () -> driven(clock, () -> clock.call(() -> {
            clock.sleep(Duration.ofHours(1));
            finished.set(true);
            return null;
        }, Duration.ofMinutes(2))));
        assertEquals(Duration.ofMinutes(2), elapsed(clock));
        assertFalse(finished.get(), "the cancelled body ran past its sleep");
    }

    @Test
    void aCallWithinItsTimeoutReturnsItsValueAtTheTimeItTook() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        String value = driven(clock, () -> clock.call(() -> {
            clock.sleep(Duration.ofSeconds(90));
            return "done";
        }, Duration.ofMinutes(2)));
        assertEquals("done", value);
        assertEquals(Duration.ofSeconds(90), elapsed(clock));
    }

    @Test
    void aCallWithoutTimeoutWaitsForEver() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        driven(clock, () -> clock.call(() -> {
            clock.sleep(Duration.ofDays(3));
            return null;
        }, null));
        assertEquals(Duration.ofDays(3), elapsed(clock));
    }

    @Test
    void aFailingCallCarriesItsErrorAndAFailingBranchDoesNotStopTheOthers() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> driven(clock,
                () -> clock.call(() -> {
                    throw new IllegalStateException("boom");
                }, Duration.ofSeconds(1))));
        assertInstanceOf(IllegalStateException.class, failure.getCause());

        List<Clock.Outcome<String>> outcomes = driven(clock, () -> clock.all(List.of(
                () -> {
                    throw new IllegalStateException("left");
                },
                () -> {
                    clock.sleep(Duration.ofMinutes(1));
                    return "right";
                })));
        assertEquals("left", outcomes.get(0).error().getMessage());
        assertNull(outcomes.get(0).value());
        assertEquals("right", outcomes.get(1).value());
    }

    @Test
    void hugeSleepsSaturateInsteadOfOverflowing() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        assertThrows(TimeoutException.class, () -> driven(clock, () -> clock.call(() -> {
            clock.sleep(Duration.ofSeconds(Long.MAX_VALUE));
            return null;
        }, Duration.ofMinutes(1))));
        assertEquals(Duration.ofMinutes(1), elapsed(clock));
    }

    @Test
    void anInterruptedSleeperGivesBackTheBatonAndTimeDoesNotMoveForIt() throws Exception {
        VirtualClock clock = new VirtualClock(ORIGIN);
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> driven(clock, () -> {
            clock.sleep(Duration.ofMinutes(5));
            return null;
        }));
        assertEquals(Duration.ZERO, elapsed(clock));
        driven(clock, () -> {
            clock.sleep(Duration.ofSeconds(1));
            return null;
        });
        assertEquals(Duration.ofSeconds(1), elapsed(clock));
    }
}
