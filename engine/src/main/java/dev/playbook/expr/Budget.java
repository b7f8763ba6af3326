package dev.playbook.expr;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * What one expression evaluation may produce and spend. Expressions have no loops, but a var that
 * doubles the previous one, thirty times over, is a string of a billion characters, and a number
 * squared thirty times has a billion bits; the limits stop such a bomb at the first value past
 * them. Checked inside the engine: when a string or list is built, when integers are combined,
 * when a range is made, and on the finished value. Documented in docs/format.md.
 */
public final class Budget {

    /** Longest string a value may hold (and a template may render to). */
    public static final int MAX_TEXT = 4 * 1024 * 1024;
    /** Most list items and map entries in one value, counted through nested lists and maps. */
    public static final int MAX_ELEMENTS = 100_000;
    /** Largest integer magnitude, in bits: far past any AWS count, small enough to stay fast. */
    public static final int MAX_INTEGER_BITS = 1_024;
    /** Longest range {@code [a..b]}. */
    public static final int MAX_RANGE = 10_000;
    /** Processor time one evaluation may take (see {@link ThreadCpuClock}). */
    public static final Duration MAX_TIME = Duration.ofSeconds(2);

    /** Reading a thread's processor time is a system call; arithmetic checks it once in this many operations. */
    private static final int CHECK_TIME_EVERY = 64;

    private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();

    /** The evaluation running on this thread: its deadline, and how many operations it has checked in. */
    private static final class Evaluation {
        final long deadline;
        int operations;

        Evaluation(long deadline) {
            this.deadline = deadline;
        }
    }

    private Budget() {
    }

    /** A limit an evaluation went past; the engine turns it into {@code error[expression-limit]}. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** Starts the clock of one evaluation; returns whether this call started it (nested calls share it). */
    static boolean start() {
        if (CURRENT.get() != null) {
            return false;
        }
        CURRENT.set(new Evaluation(ThreadCpuClock.nanos() + MAX_TIME.toNanos()));
        return true;
    }

    static void stop() {
        CURRENT.remove();
    }

    static void checkTime() {
        Evaluation evaluation = CURRENT.get();
        if (evaluation != null && ++evaluation.operations % CHECK_TIME_EVERY == 0
                && ThreadCpuClock.nanos() - evaluation.deadline > 0) {
            throw new Exceeded("took longer than " + MAX_TIME.toMillis() + " ms, the limit for one expression");
        }
    }

    static void checkText(long length) {
        if (length > MAX_TEXT) {
            throw new Exceeded("builds a string of " + length + " characters; the limit is " + MAX_TEXT);
        }
    }

    static void checkInteger(BigInteger value) {
        if (value.bitLength() > MAX_INTEGER_BITS) {
            throw new Exceeded("makes an integer of more than " + MAX_INTEGER_BITS + " bits; the limit is " + MAX_INTEGER_BITS + " bits");
        }
    }

    /** Integers whose combination would need more bits than allowed are refused before it is computed. */
    static void checkBits(long bits) {
        if (bits > MAX_INTEGER_BITS + 1) {
            throw new Exceeded("makes an integer of more than " + MAX_INTEGER_BITS + " bits; the limit is " + MAX_INTEGER_BITS + " bits");
        }
    }

    static void checkRange(BigInteger length) {
        if (length.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
            throw new Exceeded("makes a range of " + length + " items; the limit is " + MAX_RANGE);
        }
    }

    /**
     * Measures a value: items and entries through nested lists and maps, and the characters of
     * its strings. The walk stops as soon as a limit is passed, so a value that shares one huge
     * list a billion times over is refused after {@link #MAX_ELEMENTS} steps, not walked.
     */
    static void checkValue(Object value) {
        long elements = 0;
        long text = 0;
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(value);
        while (!pending.isEmpty()) {
            Object v = pending.pop();
            if (v instanceof CharSequence s) {
                text += s.length();
                checkText(text);
            } else if (v instanceof BigInteger big) {
                checkInteger(big);
            } else if (v instanceof Map<?, ?> map) {
                elements += map.size();
                checkElements(elements);
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    pending.push(String.valueOf(e.getKey()));
                    pushValue(pending, e.getValue());
                }
            } else if (v instanceof Collection<?> items) {
                elements += items.size();
                checkElements(elements);
                items.forEach(item -> pushValue(pending, item));
            } else if (v != null && v.getClass().isArray()) {
                int length = Array.getLength(v);
                elements += length;
                checkElements(elements);
                for (int i = 0; i < length; i++) {
                    pushValue(pending, Array.get(v, i));
                }
            }
        }
    }

    private static void pushValue(Deque<Object> pending, Object value) {
        if (value != null) {
            pending.push(value);
        }
    }

    private static void checkElements(long elements) {
        if (elements > MAX_ELEMENTS) {
            throw new Exceeded("holds more than " + MAX_ELEMENTS + " list items and map entries; the limit is " + MAX_ELEMENTS);
        }
    }
}
