package dev.playbook.testing;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.ActionProvider;
import dev.playbook.action.Signature;
import dev.playbook.model.Durations;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Actions for executor tests, under {@code test.*}:
 * {@code test.sleep {duration}} sleeps on the run clock; {@code test.flaky {fail_times, code}}
 * fails its first calls; {@code test.count {key}} returns how often it was called;
 * {@code test.echo} returns its parameters; {@code test.encode {text}} returns the text base64-,
 * URL- and JSON-encoded, as an API would pass it on; {@code test.fail {message}} fails with the
 * message. Every call is recorded.
 */
public final class ScriptedActions implements ActionProvider {

    public record Call(String action, Map<String, Object> params, String region, java.time.Instant at) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final List<String> interrupted = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final Map<String, Action> actions = Map.of(
            "test.sleep", action("test.sleep", (ctx, p) -> {
                Duration d = Durations.parse(String.valueOf(p.get("duration"))).orElseThrow();
                try {
                    ctx.sleep(d);
                } catch (InterruptedException e) {
                    interrupted.add(ctx.stepId());
                    throw e;
                }
                return Map.of("slept", Durations.format(d));
            }),
            "test.flaky", action("test.flaky", (ctx, p) -> {
                int n = counter(ctx.stepId()).incrementAndGet();
                long failTimes = ((Number) p.getOrDefault("fail_times", 0L)).longValue();
                if (n <= failTimes) {
                    throw new ActionException(String.valueOf(p.getOrDefault("code", "Throttling")), "call " + n + " failed", true);
                }
                return Map.of("calls", (long) n);
            }),
            "test.count", action("test.count", (ctx, p) -> Map.of("count", (long) counter(String.valueOf(p.get("key"))).incrementAndGet())),
            "test.echo", action("test.echo", (ctx, p) -> p),
            "test.encode", action("test.encode", (ctx, p) -> encodings(String.valueOf(p.get("text")))),
            "test.fail", action("test.fail", (ctx, p) -> {
                throw new ActionException("Refused", String.valueOf(p.get("message")), false);
            }));

    private static Map<String, Object> encodings(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Map.of("base64", java.util.Base64.getEncoder().encodeToString(bytes),
                "url", java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
                "body", "{\"token\":\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text)) + "\"}");
    }

    private AtomicInteger counter(String key) {
        return counters.computeIfAbsent(key, k -> new AtomicInteger());
    }

    @FunctionalInterface
    interface Body {
        Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException;
    }

    private Action action(String name, Body body) {
        return new Action() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Signature signature() {
                return new Signature("test action", List.of(), true, null);
            }

            @Override
            public boolean readOnly() {
                return !name.equals("test.flaky");
            }

            @Override
            public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
                calls.add(new Call(name, params, context.region(), context.now()));
                return body.call(context, params);
            }
        };
    }

    @Override
    public Collection<String> names() {
        return actions.keySet();
    }

    @Override
    public Optional<Action> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }
}
