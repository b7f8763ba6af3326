package dev.playbook.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Simulated time, and a deterministic scheduler for the threads that use it. Exactly one
 * participating thread runs at a time (it holds the baton); when it waits on the clock the baton
 * passes to the next runnable thread in order, and when none is runnable time jumps to the
 * earliest wake-up. Work that does not wait on the clock takes no virtual time. So parallel
 * branches interleave the same way on every run with the same seed, and two 10-minute branches
 * take 10 virtual minutes, not 20.
 */
public final class VirtualClock implements Clock {

    private static final long NEVER = Long.MAX_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Instant origin;
    private long elapsedNanos;
    private long sequence;
    private Thread owner;
    private final Deque<Thread> runnable = new ArrayDeque<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private final Map<Thread, Waiter> blocked = new HashMap<>();
    private Deadline deadline;

    public VirtualClock(Instant origin) {
        this.origin = origin;
    }

    private static final class Waiter {
        final Thread thread;
        final long wakeAt;
        final long order;
        boolean woken;
        boolean cancelled;

        Waiter(Thread thread, long wakeAt, long order) {
            this.thread = thread;
            this.wakeAt = wakeAt;
            this.order = order;
        }
    }

    /** The time limit of a call running on its caller's thread; the caller's sleeps stop at it. */
    private static final class Deadline {
        final Thread thread;
        final long at;
        boolean reached;

        Deadline(Thread thread, long at) {
            this.thread = thread;
            this.at = at;
        }
    }

    /** A task on its own thread; whoever waits for it is woken when it ends. */
    private final class Task<T> {
        final Callable<T> body;
        T value;
        Throwable error;
        boolean done;
        Waiter joiner;
        Thread thread;

        Task(Callable<T> body) {
            this.body = body;
        }

        void start() {
            thread = new Thread(this::runBody, "playbook-virtual-task");
            thread.setDaemon(true);
            runnable.addLast(thread);
            thread.start();
        }

        private void runBody() {
            lock.lock();
            try {
                awaitBaton();
            } finally {
                lock.unlock();
            }
            T result = null;
            Throwable failure = null;
            try {
                result = body.call();
            } catch (Throwable t) {
                failure = t;
            }
            lock.lock();
            try {
                value = result;
                error = failure;
                done = true;
                if (joiner != null && !joiner.woken) {
                    wake(joiner);
                }
                passBaton();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public Instant now() {
        lock.lock();
        try {
            return origin.plusNanos(elapsedNanos);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void enter() {
        lock.lock();
        try {
            runnable.addLast(Thread.currentThread());
            if (owner == null) {
                passBaton();
            }
            awaitBaton();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void exit() {
        lock.lock();
        try {
            if (owner == Thread.currentThread()) {
                passBaton();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        lock.lock();
        try {
            long wakeAt = saturatedAdd(elapsedNanos, duration);
            Deadline limit = deadline;
            if (limit != null && limit.thread == Thread.currentThread() && !limit.reached && wakeAt >= limit.at) {
                // As when a task on its own thread is cancelled at its deadline: time runs to the
                // deadline and the sleep ends there, interrupted.
                block(newWaiter(limit.at));
                limit.reached = true;
                throw new InterruptedException("cancelled");
            }
            block(newWaiter(wakeAt));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T call(Callable<T> body, Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        lock.lock();
        try {
            if (alone()) {
                return callHere(body, timeout);
            }
            Task<T> task = new Task<>(body);
            task.joiner = newWaiter(timeout == null ? NEVER : saturatedAdd(elapsedNanos, timeout));
            task.start();
            try {
                block(task.joiner);
            } catch (InterruptedException e) {
                cancel(task);
                throw e;
            }
            if (!task.done) {
                cancel(task);
                throw new TimeoutException("timed out after " + timeout);
            }
            if (task.error != null) {
                throw new ExecutionException(task.error);
            }
            return task.value;
        } finally {
            lock.unlock();
        }
    }

    /** The caller holds the baton and no other thread takes part: nothing runnable, sleeping or waiting. */
    private boolean alone() {
        return owner == Thread.currentThread() && runnable.isEmpty() && waiters.isEmpty();
    }

    /**
     * A call made on the caller's own thread (lock held on entry and exit). With no other thread
     * taking part, a task thread would run at once and alone while its caller waits, so running
     * the body here gives the same order of events and the same virtual times, without starting a
     * thread and handing the baton over twice for every step; the deadline is kept by
     * {@link #sleep}, as cancelling the task would.
     */
    private <T> T callHere(Callable<T> body, Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        Deadline previous = deadline;
        Deadline limit = new Deadline(Thread.currentThread(), timeout == null ? NEVER : saturatedAdd(elapsedNanos, timeout));
        deadline = limit;
        T value = null;
        Throwable error = null;
        lock.unlock();
        try {
            value = body.call();
        } catch (Throwable t) {
            error = t;
        } finally {
            lock.lock();
            deadline = previous;
        }
        if (limit.reached) {
            // The interrupt was the deadline's, not the caller's, whatever the body did with it.
            Thread.interrupted();
            throw new TimeoutException("timed out after " + timeout);
        }
        if (error instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (Thread.interrupted()) {
            // The caller was interrupted while the body ran, and the body kept going: as a
            // waiting caller would, give up on the call.
            throw new InterruptedException();
        }
        if (error != null) {
            throw new ExecutionException(error);
        }
        return value;
    }

    /** Interrupts the task and waits for its thread to end, so nothing is left running. */
    private void cancel(Task<?> task) {
        Waiter sleeping = blocked.get(task.thread);
        if (sleeping != null && !sleeping.woken) {
            // Woken now, before the clock can advance, so the cancelled sleep never completes.
            sleeping.cancelled = true;
            wake(sleeping);
        }
        task.thread.interrupt();
        while (!task.done) {
            task.joiner = newWaiter(NEVER);
            blockUninterruptibly(task.joiner);
        }
    }

    @Override
    public <T> List<Outcome<T>> all(List<Callable<T>> bodies) throws InterruptedException {
        lock.lock();
        try {
            List<Task<T>> tasks = new ArrayList<>();
            for (Callable<T> body : bodies) {
                Task<T> task = new Task<>(body);
                tasks.add(task);
                task.start();
            }
            List<Outcome<T>> out = new ArrayList<>();
            for (Task<T> task : tasks) {
                while (!task.done) {
                    task.joiner = newWaiter(NEVER);
                    blockUninterruptibly(task.joiner);
                }
                out.add(new Outcome<>(task.value, task.error));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    private Waiter newWaiter(long wakeAt) {
        return new Waiter(Thread.currentThread(), wakeAt, sequence++);
    }

    /** Gives up the baton and waits (lock held) until woken and holding the baton again. */
    private void block(Waiter waiter) throws InterruptedException {
        waiters.add(waiter);
        blocked.put(waiter.thread, waiter);
        passBaton();
        try {
            while (!waiter.woken) {
                changed.await();
            }
        } catch (InterruptedException e) {
            if (!waiter.woken) {
                waiters.remove(waiter);
                runnable.addLast(waiter.thread);
                if (owner == null) {
                    passBaton();
                }
            }
            awaitBaton();
            throw e;
        } finally {
            blocked.remove(waiter.thread);
        }
        awaitBaton();
        if (waiter.cancelled) {
            Thread.interrupted();
            throw new InterruptedException("cancelled");
        }
    }

    private void blockUninterruptibly(Waiter waiter) {
        boolean interrupted = false;
        while (true) {
            try {
                block(waiter);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                if (waiter.woken) {
                    break;
                }
                waiter = newWaiter(waiter.wakeAt);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitBaton() {
        while (owner != Thread.currentThread()) {
            changed.awaitUninterruptibly();
        }
    }

    /** Hands the baton to the next runnable thread, advancing time when none is runnable. */
    private void passBaton() {
        owner = null;
        if (runnable.isEmpty()) {
            advance();
        }
        if (!runnable.isEmpty()) {
            owner = runnable.pollFirst();
        }
        changed.signalAll();
    }

    private void advance() {
        Waiter first = waiters.stream()
                .min(Comparator.comparingLong((Waiter w) -> w.wakeAt).thenComparingLong(w -> w.order))
                .orElse(null);
        if (first == null || first.wakeAt == NEVER) {
            return;
        }
        elapsedNanos = Math.max(elapsedNanos, first.wakeAt);
        waiters.stream()
                .filter(w -> w.wakeAt <= elapsedNanos)
                .sorted(Comparator.comparingLong((Waiter w) -> w.wakeAt).thenComparingLong(w -> w.order))
                .toList()
                .forEach(this::wake);
    }

    private void wake(Waiter waiter) {
        waiter.woken = true;
        waiters.remove(waiter);
        runnable.addLast(waiter.thread);
    }

    private static long saturatedAdd(long nanos, Duration d) {
        try {
            return Math.addExact(nanos, d.toNanos());
        } catch (ArithmeticException e) {
            return NEVER - 1;
        }
    }
}
