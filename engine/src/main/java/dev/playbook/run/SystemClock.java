package dev.playbook.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Wall-clock time, for real runs. */
public final class SystemClock implements Clock {

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "playbook-task");
        t.setDaemon(true);
        return t;
    });

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }

    @Override
    public <T> T call(Callable<T> task, Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        Future<T> future = threads.submit(task);
        try {
            return timeout == null ? future.get() : future.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    @Override
    public <T> List<Outcome<T>> all(List<Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        tasks.forEach(t -> futures.add(threads.submit(t)));
        List<Outcome<T>> out = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(new Outcome<>(f.get(), null));
            } catch (ExecutionException e) {
                out.add(new Outcome<>(null, e.getCause()));
            }
        }
        return out;
    }
}
