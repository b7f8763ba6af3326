package dev.playbook.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Time for a run. Every sleep, poll interval, backoff and timeout goes through it, so that a
 * virtual clock can run hours of runbook in milliseconds with the same executor.
 */
public interface Clock {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /**
     * Runs {@code task} and returns its value, or cancels it (interrupting its thread) and throws
     * {@link TimeoutException} when {@code timeout} passes first. A null timeout waits for ever.
     */
    <T> T call(Callable<T> task, Duration timeout) throws TimeoutException, ExecutionException, InterruptedException;

    /** Runs the tasks concurrently and waits for all of them; each outcome keeps its value or error. */
    <T> List<Outcome<T>> all(List<Callable<T>> tasks) throws InterruptedException;

    /** Called by the thread that drives a run, before it starts and after it ends. */
    default void enter() {
    }

    default void exit() {
    }

    /** The value or the error of one concurrent task. */
    record Outcome<T>(T value, Throwable error) {
    }
}
