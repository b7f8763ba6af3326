package dev.playbook.action.builtin;

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

/**
 * Tells people: always on the console and in the journal, and to a webhook (Slack-style
 * {@code {"text": ...}} JSON) when one is given.
 */
final class NotifyAction implements Action {

    /** Made on the first webhook, not when a command finds the action (see {@code HttpAction.Lazy}). */
    private static final class Lazy {
        static final ObjectMapper JSON = new ObjectMapper();
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public String name() {
        return "notify";
    }

    @Override
    public Signature signature() {
        return new Signature("Notify people: console and journal, and a webhook when given.", List.of(
                Param.required("message", "string", "What to say."),
                Param.optional("channel", "string", "Who it is for (status-page, stakeholders, on-call, ...); shown with the message."),
                Param.optional("webhook", "string", "URL to POST {\"text\": message, \"channel\": channel} to.")));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        Params p = new Params(name(), params);
        String message = p.string("message", true);
        String channel = p.string("channel", false);
        String webhook = p.string("webhook", false);
        context.say(channel == null ? "notify" : channel, message);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message", message);
        result.put("channel", channel);
        if (webhook != null) {
            result.put("webhook_status", (long) post(webhook, message, channel));
        }
        return result;
    }

    private int post(String url, String message, String channel) throws ActionException, InterruptedException {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", message);
            body.put("channel", channel);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Lazy.JSON.writeValueAsString(body)))
                    .build();
            int status = Lazy.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                throw new ActionException("WebhookFailed", "webhook answered HTTP " + status, status >= 500);
            }
            return status;
        } catch (IllegalArgumentException e) {
            throw new ActionException("InvalidParameter", "notify: with.webhook is not a URL: " + url, false);
        } catch (IOException e) {
            throw new ActionException("ConnectionFailed", "cannot reach webhook " + url + ": " + e.getMessage(), true);
        }
    }
}
