package dev.playbook.testing;

import dev.playbook.action.ActionContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An action context on the wall clock that records what the action said. */
public final class TestContext implements ActionContext {

    public final List<String> said = new CopyOnWriteArrayList<>();

    @Override
    public String runId() {
        return "test";
    }

    @Override
    public String stepId() {
        return "step";
    }

    @Override
    public String region() {
        return null;
    }

    @Override
    public Duration timeout() {
        return null;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Override
    public void say(String channel, String message) {
        said.add(channel + ": " + message);
    }
}
