package dev.playbook.sim.api;

import dev.playbook.action.ActionException;
import dev.playbook.model.Durations;
import dev.playbook.sim.health.Backend;
import dev.playbook.sim.health.HealthModel;
import dev.playbook.sim.health.Serving;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.World;
import dev.playbook.sim.world.WorldFile;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code http.get} and {@code http.request} against the simulated portal. A request follows the
 * path a real one would: the resolver's answer for the host, the region, the load balancer and
 * one of its healthy targets, then that server's database and cache (rules in {@link Serving}).
 * Results have the built-in action's shape: status, headers, body, elapsed_ms (simulated).
 */
final class HttpApi {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private HttpApi() {
    }

    static void register(Map<String, Handler> handlers) {
        handlers.put("http.get", c -> request(c, "GET"));
        handlers.put("http.request", c -> request(c, String.valueOf(c.params().getOrDefault("method", "GET")).toUpperCase(Locale.ROOT)));
    }

    private static Reply request(Call c, String method) {
        Object rawUrl = c.params().get("url");
        if (rawUrl == null) {
            return invalid(c, "url", "is required");
        }
        String url = String.valueOf(rawUrl);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return invalid(c, "url", "`" + url + "` is not a URL");
        }
        Duration timeout = DEFAULT_TIMEOUT;
        if (c.params().get("timeout") != null) {
            String text = String.valueOf(c.params().get("timeout"));
            var parsed = Durations.parse(text);
            if (parsed.isEmpty()) {
                return invalid(c, "timeout", "`" + text + "` is not a duration such as 30s");
            }
            timeout = parsed.get();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        World world = c.world();
        if (!world.route53().serves(host)) {
            return Reply.failure(Duration.ZERO, new ActionException("NotSimulated", "not simulated: " + c.action() + " " + url
                    + "; the simulated world answers hosts in its hosted zones only (" + String.join(", ", world.file().zones().stream()
                    .map(WorldFile.Zone::name).toList()) + "). Give the scenario a stub for it (docs/simulator.md, Stubs)", false));
        }
        LoadBalancer lb = HealthModel.resolve(world, host);
        if (lb == null) {
            return Reply.failure(Duration.ofMillis(30), new ActionException("ConnectionFailed", "cannot reach " + url
                    + ": java.net.UnknownHostException: " + host, true));
        }
        if (!world.regions().up(lb.region())) {
            return timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timedOut(url, timeout)
                    : Reply.failure(CONNECT_TIMEOUT, new ActionException("ConnectTimeout", "could not connect to " + url + " within 10s", true));
        }
        WorldFile.Endpoint endpoint = world.file().application().endpoints().stream().filter(e -> e.host().equalsIgnoreCase(host)).findFirst()
                .orElse(new WorldFile.Endpoint(host, "/health", "/api/"));
        Answer answer = answer(world, endpoint, HealthModel.serving(world, lb), method, uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath());
        Duration took = Duration.ofMillis(Math.round(answer.seconds * 1000));
        if (took.compareTo(timeout) > 0) {
            return timedOut(url, timeout);
        }
        return Reply.of(took, Tree.of("status", (long) answer.status, "headers", answer.headers, "body", answer.body,
                "elapsed_ms", took.toMillis()));
    }

    private record Answer(int status, double seconds, Map<String, Object> headers, Object body) {
    }

    /** The health answer names the servers' region, database and, when they have one, their cache. */
    private static Map<String, Object> healthy(String region, Backend backend) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("region", region);
        body.put("database", backend.database());
        if (backend.cache() != null) {
            body.put("cache", backend.cache());
        }
        return body;
    }

    private static Answer answer(World world, WorldFile.Endpoint endpoint, Serving s, String method, String path) {
        if (s.inRotation() == 0) {
            return new Answer(503, 0.005, Map.of("content-type", "text/html", "server", "awselb/2.0"),
                    "<html><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>");
        }
        if (world.random().nextDouble() < s.failingShare()) {
            return json(500, Serving.TIMEOUT_SECONDS, Map.of("error", "internal server error"));
        }
        var backend = s.backend();
        double seconds = backend.databaseReachable() ? s.appSeconds() * (0.6 + world.random().nextDouble() * 0.8) : Serving.TIMEOUT_SECONDS;
        if (path.equals(endpoint.healthPath())) {
            return backend.databaseReachable()
                    ? json(200, seconds, healthy(s.lb().region(), backend))
                    : json(503, seconds, Map.of("status", "error", "database", "unreachable: " + backend.database()));
        }
        if (!path.startsWith(endpoint.apiPrefix())) {
            return path.equals("/") ? new Answer(200, seconds, Map.of("content-type", "text/html"), "<html>" + world.file().application().title() + "</html>")
                    : json(404, seconds, Map.of("error", "not found"));
        }
        if (!backend.databaseReachable()) {
            return json(503, seconds, Map.of("error", "database unavailable"));
        }
        if (!List.of("GET", "HEAD").contains(method) && !backend.databaseWritable()) {
            return json(500, seconds, Map.of("error", "cannot execute INSERT in a read-only transaction"));
        }
        String resource = path.substring(endpoint.apiPrefix().length());
        if (resource.startsWith("users") && backend.dataCorrupted()) {
            return json(500, seconds, Map.of("error", "invalid byte sequence in users row 1"));
        }
        if (!backend.cacheServing() && world.random().nextDouble() < 0.02) {
            return json(504, Serving.TIMEOUT_SECONDS, Map.of("error", "upstream timed out"));
        }
        Object body = resource.matches("users/\\d+") ? Map.of("id", Long.parseLong(resource.substring("users/".length())), "name", "Ada Lovelace")
                : resource.equals("users") ? List.of(Map.of("id", 1L, "name", "Ada Lovelace"), Map.of("id", 2L, "name", "Grace Hopper"))
                : Map.of("ok", true);
        return json(200, seconds, body);
    }

    private static Answer json(int status, double seconds, Object body) {
        return new Answer(status, seconds, Map.of("content-type", "application/json"), body);
    }

    private static Reply timedOut(String url, Duration timeout) {
        return Reply.failure(timeout, new ActionException("Timeout", "no answer from " + url + " within " + Durations.format(timeout), true));
    }

    private static Reply invalid(Call c, String param, String problem) {
        return Reply.failure(Duration.ZERO, new ActionException("InvalidParameter", c.action() + ": with." + param + " " + problem, false));
    }
}
