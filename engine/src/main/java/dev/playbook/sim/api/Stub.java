package dev.playbook.sim.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A canned answer a scenario gives for calls the simulator does not model (or answers
 * differently): the action, the parameters it must match, and a result or an error, after a
 * delay. {@code action} may end in {@code *} to cover a family ({@code aws.ssm.*}).
 *
 * <p>Matching: every key of {@code with} must be in the call's parameters with an equal value;
 * maps match when they contain the stub's keys, lists when they start with the stub's items
 * (so {@code argv: [pg_dump]} matches any pg_dump command), numbers by value.
 */
public record Stub(String action, Map<String, Object> with, Object result, String errorCode, String errorMessage, boolean retryable,
                   Duration delay) {

    public Stub {
        with = Map.copyOf(with);
    }

    public boolean fails() {
        return errorCode != null;
    }

    public boolean matches(String name, Map<String, Object> params) {
        boolean named = action.endsWith("*") ? name.startsWith(action.substring(0, action.length() - 1)) : action.equals(name);
        return named && contains(params, with);
    }

    private static boolean contains(Object actual, Object wanted) {
        if (wanted instanceof Map<?, ?> w) {
            if (!(actual instanceof Map<?, ?> a)) {
                return false;
            }
            return w.entrySet().stream().allMatch(e -> a.containsKey(e.getKey()) && contains(a.get(e.getKey()), e.getValue()));
        }
        if (wanted instanceof List<?> w) {
            if (!(actual instanceof List<?> a) || a.size() < w.size()) {
                return false;
            }
            for (int i = 0; i < w.size(); i++) {
                if (!contains(a.get(i), w.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (wanted instanceof Number w && actual instanceof Number a) {
            return w.doubleValue() == a.doubleValue();
        }
        if (wanted != null && actual != null && !(actual instanceof Map) && !(actual instanceof List)) {
            return String.valueOf(wanted).equals(String.valueOf(actual));
        }
        return Objects.equals(actual, wanted);
    }
}
