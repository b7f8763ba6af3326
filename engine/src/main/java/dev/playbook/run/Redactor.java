package dev.playbook.run;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import dev.playbook.model.SecretValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the values of secret inputs with {@code ***} where they enter a tree or a message
 * that leaves the executor: event fields that carry free text or action data (parameters,
 * results, errors, titles, instructions, observations), never the serialized output, so that
 * timestamps, run ids and JSON keys are never touched. A secret is masked as written and in the
 * encodings an action may pass it on in: base64, URL-encoding and JSON string escaping. Every
 * member of a secret list or map is a secret.
 */
public final class Redactor {

    public static final String MASK = "***";
    public static final Redactor NONE = new Redactor(List.of());

    private final List<String> forms;

    public Redactor(List<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                all.addAll(encodings(secret));
            }
        }
        this.forms = all.stream().filter(f -> !f.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The secret values among bound inputs, with every member of a secret list or map. */
    public static Redactor forInputs(Playbook playbook, Map<String, Object> inputs) {
        List<String> secrets = new ArrayList<>();
        for (Input input : playbook.inputs().values()) {
            if (input.secret()) {
                secrets.addAll(SecretValues.leaves(inputs.get(input.name())));
            }
        }
        return new Redactor(secrets);
    }

    private static List<String> encodings(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(secret);
        out.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
        out.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        out.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        out.add(Base64.getEncoder().encodeToString(bytes));
        out.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return out;
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /** A message with every secret, in any of its encodings, replaced by {@code ***}. */
    public String redact(String text) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, MASK);
        }
        return out;
    }

    /** A copy of a result or parameter tree with every key and scalar redacted. */
    public Object redactTree(Object value) {
        if (forms.isEmpty() || value == null) {
            return value;
        }
        if (value instanceof String s) {
            return redact(s);
        }
        if (value instanceof Number || value instanceof Boolean) {
            String text = String.valueOf(value);
            return redact(text).equals(text) ? value : MASK;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(redact(String.valueOf(k)), redactTree(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(redactTree(v)));
            return out;
        }
        return value;
    }

    /** A sink that passes on each event with its free-text and data fields redacted. */
    public EventSink redacting(EventSink sink) {
        if (forms.isEmpty()) {
            return sink;
        }
        return new EventSink() {
            @Override
            public void accept(RunEvent event) {
                sink.accept(redact(event));
            }

            @Override
            public void durable() {
                sink.durable();
            }
        };
    }

    /** The event with the fields that can carry a secret redacted; ids, times and counts are left as they are. */
    public RunEvent redact(RunEvent event) {
        if (event instanceof RunEvent.RunStarted e) {
            return new RunEvent.RunStarted(e.at(), e.runId(), e.playbook(), e.file(), castMap(redactTree(e.inputs())), e.rto(), e.rpo(),
                    e.simulated(), e.environment(), e.user(), e.host(), e.contentHash());
        } else if (event instanceof RunEvent.StepStarted e) {
            return new RunEvent.StepStarted(e.at(), e.step(), e.phase(), e.kind(), redact(e.title()), e.action());
        } else if (event instanceof RunEvent.ActionResolved e) {
            return new RunEvent.ActionResolved(e.at(), e.step(), e.action(), redactTree(e.params()), redact(e.region()));
        } else if (event instanceof RunEvent.AttemptFinished e) {
            return new RunEvent.AttemptFinished(e.at(), e.step(), e.attempt(), e.ok(), e.errorCode(), redact(e.error()), e.retryIn());
        } else if (event instanceof RunEvent.Polled e) {
            return new RunEvent.Polled(e.at(), e.step(), e.poll(), e.satisfied(), redact(e.observed()), e.elapsed(), e.timeout());
        } else if (event instanceof RunEvent.Verified e) {
            return new RunEvent.Verified(e.at(), e.step(), redact(e.check()), e.passed(), redact(e.detail()));
        } else if (event instanceof RunEvent.Approval e) {
            return new RunEvent.Approval(e.at(), e.step(), e.approved(), e.who(), e.how(), redact(e.instructions()));
        } else if (event instanceof RunEvent.Said e) {
            return new RunEvent.Said(e.at(), e.step(), e.channel(), redact(e.message()));
        } else if (event instanceof RunEvent.StepFinished e) {
            return new RunEvent.StepFinished(e.at(), e.step(), e.status(), e.attempts(), e.duration(), e.errorCode(),
                    redact(e.error()), redactTree(e.result()));
        } else if (event instanceof RunEvent.RollbackStarted e) {
            return new RunEvent.RollbackStarted(e.at(), redact(e.cause()));
        } else if (event instanceof RunEvent.RunFinished e) {
            return new RunEvent.RunFinished(e.at(), e.status(), e.elapsed(), e.rto(), e.failedStep(), redact(e.reason()));
        } else if (event instanceof RunEvent.Verdict e) {
            return new RunEvent.Verdict(e.at(), e.verdict(), e.criteria().stream().map(c -> new RunEvent.Verdict.Criterion(c.name(),
                    c.limit(), redact(c.measured()), c.status(), redact(c.detail()))).toList());
        }
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
