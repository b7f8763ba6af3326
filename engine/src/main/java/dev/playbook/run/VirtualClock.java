package dev.playbook.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Simulated time that jumps ahead whenever every participating thread is waiting on the clock.
 * Work that does not wait on the clock (computation, real I/O) takes no virtual time. Parallel
 * branches each participate, so two 10-minute branches take 10 virtual minutes, not 20.
 */
public final class VirtualClock implements Clock {

    private static final long NEVER = Long.MAX_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private final Instant origin;
    private long elapsedNanos;
    /** Participating threads not blocked on this clock. */
    private int running;
    private final List<Waiter> waiters = new ArrayList<>();
    /** The waiter each participating thread is blocked on, so a cancellation can wake it. */
    private final java.util.Map<Thread, Waiter> blocked = new java.util.HashMap<>();

    public VirtualClock(Instant origin) {
        this.origin = origin;
    }

    private final class Waiter {
        final long wakeAt;
        final Condition condition = lock.newCondition();
        boolean woken;
        boolean cancelled;

        Waiter(long wakeAt) {
            this.wakeAt = wakeAt;
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
            running++;
            thread = new Thread(this::runBody, "playbook-virtual-task");
            thread.setDaemon(true);
            thread.start();
        }

        private void runBody() {
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
                running--;
                advanceIfIdle();
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

    public Duration elapsed() {
        lock.lock();
        try {
            return Duration.ofNanos(elapsedNanos);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void enter() {
        lock.lock();
        try {
            running++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void exit() {
        lock.lock();
        try {
            running--;
            advanceIfIdle();
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
            block(new Waiter(saturatedAdd(elapsedNanos, duration)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T call(Callable<T> body, Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        lock.lock();
        try {
            Task<T> task = new Task<>(body);
            task.joiner = new Waiter(timeout == null ? NEVER : saturatedAdd(elapsedNanos, timeout));
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

    /** Interrupts the task and waits for its thread to end, so nothing is left running. */
    private void cancel(Task<?> task) throws InterruptedException {
        Waiter sleeping = blocked.get(task.thread);
        if (sleeping != null && !sleeping.woken) {
            // Woken now, before the clock can advance, so the cancelled sleep never completes.
            sleeping.cancelled = true;
            wake(sleeping);
        }
        task.thread.interrupt();
        if (!task.done) {
            task.joiner = new Waiter(NEVER);
            block(task.joiner);
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
                if (!task.done) {
                    task.joiner = new Waiter(NEVER);
                    block(task.joiner);
                }
                out.add(new Outcome<>(task.value, task.error));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Waits (lock held) until woken; the clock may advance while this thread waits. */
    private void block(Waiter waiter) throws InterruptedException {
        waiters.add(waiter);
        blocked.put(Thread.currentThread(), waiter);
        running--;
        advanceIfIdle();
        try {
            while (!waiter.woken) {
                waiter.condition.await();
            }
        } catch (InterruptedException e) {
            if (!waiter.woken) {
                waiters.remove(waiter);
                running++;
            }
            throw e;
        } finally {
            blocked.remove(Thread.currentThread());
        }
        if (waiter.cancelled) {
            Thread.interrupted();
            throw new InterruptedException("cancelled");
        }
    }

    private void advanceIfIdle() {
        if (running > 0 || waiters.isEmpty()) {
            return;
        }
        long next = NEVER;
        for (Waiter w : waiters) {
            next = Math.min(next, w.wakeAt);
        }
        if (next == NEVER) {
            return;
        }
        elapsedNanos = Math.max(elapsedNanos, next);
        for (Waiter w : new ArrayList<>(waiters)) {
            if (w.wakeAt <= elapsedNanos) {
                wake(w);
            }
        }
    }

    private void wake(Waiter waiter) {
        waiter.woken = true;
        waiters.remove(waiter);
        running++;
        waiter.condition.signal();
    }

    private static long saturatedAdd(long nanos, Duration d) {
        try {
            return Math.addExact(nanos, d.toNanos());
        } catch (ArithmeticException e) {
            return NEVER - 1;
        }
    }
}
