package dev.playbook.run;

import dev.playbook.action.ActionContext;
import java.time.Duration;
import java.time.Instant;

/** The {@link ActionContext} of one attempt, bound to the run's clock and event sink. */
final class StepContext implements ActionContext {

    private final String runId;
    private final String stepId;
    private final String region;
    private final Duration timeout;
    private final Clock clock;
    private final EventSink sink;

    StepContext(String runId, String stepId, String region, Duration timeout, Clock clock, EventSink sink) {
        this.runId = runId;
        this.stepId = stepId;
        this.region = region;
        this.timeout = timeout;
        this.clock = clock;
        this.sink = sink;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public String stepId() {
        return stepId;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        clock.sleep(duration);
    }

    @Override
    public void say(String channel, String message) {
        sink.accept(new RunEvent.Said(clock.now(), stepId, channel, message));
    }
}
