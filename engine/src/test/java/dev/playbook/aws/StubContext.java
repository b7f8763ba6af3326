package dev.playbook.aws;

import dev.playbook.action.ActionContext;
import java.time.Duration;
import java.time.Instant;

/** The context of one step for AWS calls in tests: a region and a time limit, wall clock. */
record StubContext(String region, Duration timeout) implements ActionContext {

    static StubContext defaults() {
        return new StubContext(null, Duration.ofSeconds(20));
    }

    @Override
    public String runId() {
        return "test-run";
    }

    @Override
    public String stepId() {
        return "step";
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
    }
}
