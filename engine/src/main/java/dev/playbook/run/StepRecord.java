package dev.playbook.run;

import dev.playbook.model.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is known about a finished step; expressions read it as {@code steps.<id>}. */
public record StepRecord(String id, StepStatus status, Object result, int attempts, Instant started, Instant finished,
                         String errorCode, String errorMessage) {

    public Duration duration() {
        return started == null || finished == null ? Duration.ZERO : Duration.between(started, finished);
    }

    public Map<String, Object> toScope() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.label());
        out.put("result", result);
        out.put("attempts", (long) attempts);
        out.put("started", started == null ? null : started.toString());
        out.put("finished", finished == null ? null : finished.toString());
        out.put("duration", Durations.format(duration()));
        if (errorCode != null || errorMessage != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", errorCode);
            error.put("message", errorMessage);
            out.put("error", error);
        } else {
            out.put("error", null);
        }
        return out;
    }
}
