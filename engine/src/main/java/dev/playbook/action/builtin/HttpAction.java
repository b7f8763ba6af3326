package dev.playbook.action.builtin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Param;
import dev.playbook.action.Signature;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code http.get} and {@code http.request}: the runbook's curl smoke tests. Any HTTP status is
 * a result (smoke tests assert on it with {@code expect}); only a failure to get an answer fails
 * the step.
 */
final class HttpAction implements Action {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_BODY_CHARS = 1_000_000;

    /**
     * The HTTP client (TLS set up, a selector thread started) and the JSON mapper are made on the
     * first call: every command finds this action, few call it, and making them cost lint and
     * validate a third of a second at start-up.
     */
    private static final class Lazy {
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_LONG_FOR_INTS);
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private final String name;

    HttpAction(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Signature signature() {
        List<Param> params = new java.util.ArrayList<>();
        if (name.equals("http.request")) {
            params.add(Param.optional("method", "string", "GET (default), POST, PUT, DELETE, HEAD, PATCH."));
        }
        params.add(Param.required("url", "string", "The URL."));
        params.add(Param.optional("headers", "map", "Request headers."));
        if (name.equals("http.request")) {
            params.add(Param.optional("body", "string|map", "Request body; a map is sent as JSON."));
        }
        params.add(Param.optional("timeout", "duration", "Time limit of the request (default 30s)."));
        return new Signature("HTTP " + (name.equals("http.get") ? "GET" : "request")
                + "; result: status, headers, body (parsed when JSON), elapsed_ms.", params);
    }

    @Override
    public boolean readOnly() {
        return name.equals("http.get");
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        Params p = new Params(name, params);
        String url = p.string("url", true);
        String method = name.equals("http.get") ? "GET" : String.valueOf(params.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
        Duration timeout = p.duration("timeout", DEFAULT_TIMEOUT);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            throw p.invalid("url", "`" + url + "` is not a URL");
        }
        p.stringMap("headers").forEach(request::header);
        request.method(method, body(p, request));
        HttpRequest built = request.build();
        // The shared client is made on first use; that cost is not the server's response time.
        HttpClient client = Lazy.CLIENT;
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new ActionException("ConnectTimeout", "could not connect to " + url + " within 10s", true);
        } catch (HttpTimeoutException e) {
            throw new ActionException("Timeout", "no answer from " + url + " within " + dev.playbook.model.Durations.format(timeout), true);
        } catch (ConnectException e) {
            throw new ActionException("ConnectionFailed", "cannot connect to " + url + ": connection refused", true);
        } catch (IOException e) {
            throw new ActionException("ConnectionFailed", "cannot reach " + url + ": " + e, true);
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", (long) response.statusCode());
        Map<String, Object> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        result.put("headers", headers);
        result.put("body", parse(response.body(), String.valueOf(headers.getOrDefault("content-type", ""))));
        result.put("elapsed_ms", elapsedMs);
        return result;
    }

    private static HttpRequest.BodyPublisher body(Params p, HttpRequest.Builder request) throws ActionException {
        Object body = p.raw("body");
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof Map || body instanceof List) {
            try {
                request.header("Content-Type", "application/json");
                return HttpRequest.BodyPublishers.ofString(Lazy.JSON.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw p.invalid("body", "cannot be written as JSON");
            }
        }
        return HttpRequest.BodyPublishers.ofString(String.valueOf(body));
    }

    private static Object parse(String body, String contentType) {
        String text = body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
        if (contentType.contains("json")) {
            try {
                return Lazy.JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                return text;
            }
        }
        return text;
    }
}
