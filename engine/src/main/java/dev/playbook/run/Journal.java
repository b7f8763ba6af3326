package dev.playbook.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.model.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's journal read back: what it ran, with which inputs and which version of the playbook
 * ({@code contentHash}, of the latest start or resume), how each step ended, which steps were in
 * flight when it stopped, when the run and each phase first started, which phases finished, and
 * the cause of a rollback that had not finished, and whether the run was {@code simulated} (a
 * simulated run is only ever resumed against its simulated world).
 */
public record Journal(String runId, String file, String playbook, Map<String, Object> inputs,
                      Map<String, StepRecord> finished, Set<String> inFlight, String endStatus, Instant started,
                      String contentHash, Map<String, Instant> phaseStarts, Set<String> phasesDone, String rollbackCause,
                      boolean simulated) {

    /** Reads a journal; a torn line (the process died mid-write) is skipped. */
    public static Journal read(Path path) throws IOException {
        String runId = null;
        String file = null;
        String playbook = null;
        String contentHash = null;
        Instant started = null;
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, StepRecord> finished = new LinkedHashMap<>();
        Set<String> inFlight = new LinkedHashSet<>();
        Map<String, Instant> phaseStarts = new LinkedHashMap<>();
        Set<String> phasesDone = new LinkedHashSet<>();
        String endStatus = null;
        String rollbackCause = null;
        boolean simulated = false;
        for (JsonNode event : events(path)) {
            Instant at = Instant.parse(event.path("at").asText());
            switch (event.path("type").asText()) {
                case "run_started" -> {
                    runId = event.path("run_id").asText();
                    file = event.path("file").asText();
                    playbook = event.path("playbook").asText();
                    contentHash = text(event, "content_hash");
                    started = started == null ? at : started;
                    simulated |= event.path("simulated").asBoolean();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> given = (Map<String, Object>) EventJson.value(event.path("inputs"));
                    inputs = given == null ? new LinkedHashMap<>() : given;
                    endStatus = null;
                }
                case "phase_started" -> phaseStarts.putIfAbsent(event.path("phase").asText(), at);
                case "phase_finished" -> {
                    if (event.path("ok").asBoolean()) {
                        phasesDone.add(event.path("phase").asText());
                    }
                }
                case "step_started" -> inFlight.add(event.path("step").asText());
                case "step_finished" -> {
                    String step = event.path("step").asText();
                    inFlight.remove(step);
                    finished.put(step, record(event));
                }
                case "decided" -> {
                    String step = event.path("step").asText();
                    if ("assume_done".equals(event.path("decision").asText()) && inFlight.remove(step)) {
                        finished.put(step, new StepRecord(step, StepStatus.SUCCEEDED, null, 0, at, at, null,
                                "assumed done by " + event.path("who").asText() + " on resume"));
                    }
                }
                case "rollback_started" -> rollbackCause = event.path("cause").asText();
                case "run_finished" -> {
                    endStatus = event.path("status").asText();
                    rollbackCause = null;
                }
                default -> { }
            }
        }
        if (runId == null) {
            throw new IOException(path + " is not a playbook journal (it has no run_started event)");
        }
        return new Journal(runId, file, playbook, inputs, finished, inFlight, endStatus, started, contentHash, phaseStarts,
                phasesDone, rollbackCause, simulated);
    }

    /**
     * A journal's events in order. A line that is not JSON can only be a write the process did not
     * finish — it may even end inside a multi-byte character — so it is skipped, not fatal.
     */
    public static List<JsonNode> events(Path path) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(EventJson.read(line));
            } catch (IOException torn) {
                // the fragment a killed process left; the events around it are whole
            }
        }
        return events;
    }

    private static StepRecord record(JsonNode event) {
        Instant finishedAt = Instant.parse(event.path("at").asText());
        Instant startedAt = finishedAt.minus(Durations.parse(event.path("duration").asText("0s")).orElse(java.time.Duration.ZERO));
        Object result = EventJson.value(event.path("result"));
        return new StepRecord(event.path("step").asText(), StepStatus.valueOf(event.path("status").asText().toUpperCase(java.util.Locale.ROOT)),
                result, event.path("attempts").asInt(), startedAt, finishedAt, text(event, "error_code"), text(event, "error"));
    }

    private static String text(JsonNode event, String field) {
        JsonNode node = event.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
