package com.example.playbook.pagerduty;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Param;
import dev.playbook.action.Signature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pagerduty.trigger}: opens (or adds to) an incident through the PagerDuty Events API v2.
 * It pages people, so it is mutating; in a drill it answers as PagerDuty would without calling it.
 */
final class TriggerAction implements Action {

    static final String EVENTS_API = "https://events.pagerduty.com/v2/enqueue";
    private static final List<String> SEVERITIES = List.of("critical", "error", "warning", "info");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public String name() {
        return "pagerduty.trigger";
    }

    @Override
    public Signature signature() {
        return new Signature("Page on-call through PagerDuty (Events API v2 trigger).", List.of(
                Param.required("routing_key", "string", "The integration key of the PagerDuty service (keep it in a secret input)."),
                Param.required("summary", "string", "What is wrong, as the page shows it (up to 1024 characters)."),
                Param.required("source", "string", "Where it happens: a host, service or region."),
                Param.optional("severity", "string", "critical, error, warning or info (default critical)."),
                Param.optional("dedup_key", "string", "Pages with the same key join one incident (default: the run id)."),
                Param.optional("url", "string", "Where to POST the event (default " + EVENTS_API + ").")),
                false, "Events API v2: https://developer.pagerduty.com/docs/events-api-v2/trigger-events/");
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        Map<String, Object> event = event(context, params);
        String url = params.containsKey("url") ? String.valueOf(params.get("url")) : EVENTS_API;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(event)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                // PagerDuty answers 202 Accepted; 429 and 5xx are worth another attempt.
                int status = response.statusCode();
                throw new ActionException("PagerDutyRejected", "PagerDuty answered HTTP " + status + ": " + response.body(),
                        status == 429 || status >= 500);
            }
            context.say("pagerduty", "paged: " + event.get("dedup_key"));
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = JSON.readValue(response.body(), Map.class);
            return answer;
        } catch (IllegalArgumentException e) {
            throw new ActionException("InvalidParameter", "pagerduty.trigger: with.url is not a URL: " + url, false);
        } catch (IOException e) {
            throw new ActionException("ConnectionFailed", "cannot reach " + url + ": " + e.getMessage(), true);
        }
    }

    /** In a drill: PagerDuty's answer, and nobody is paged. */
    @Override
    public Optional<Action> simulation() {
        return Optional.of(new SimulatedTrigger(this));
    }

    /** The Events v2 body: routing key, action, dedup key and the payload. */
    static Map<String, Object> event(ActionContext context, Map<String, Object> params) throws ActionException {
        String severity = params.containsKey("severity") ? String.valueOf(params.get("severity")) : "critical";
        if (!SEVERITIES.contains(severity)) {
            throw new ActionException("InvalidParameter", "pagerduty.trigger: severity must be one of " + SEVERITIES + ", not " + severity, false);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("summary", String.valueOf(params.get("summary")));
        payload.put("source", String.valueOf(params.get("source")));
        payload.put("severity", severity);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("routing_key", String.valueOf(params.get("routing_key")));
        event.put("event_action", "trigger");
        event.put("dedup_key", params.containsKey("dedup_key") ? String.valueOf(params.get("dedup_key")) : context.runId());
        event.put("payload", payload);
        return event;
    }
}
