package dev.playbook.action.builtin;

import dev.playbook.action.ActionException;
import dev.playbook.model.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Typed reads of resolved parameters; a wrong value is an {@code InvalidParameter} failure. */
final class Params {

    private final String action;
    private final Map<String, Object> values;

    Params(String action, Map<String, Object> values) {
        this.action = action;
        this.values = values;
    }

    String string(String name, boolean required) throws ActionException {
        Object v = values.get(name);
        if (v == null) {
            if (required) {
                throw invalid(name, "is required");
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw invalid(name, "must be a string");
        }
        return String.valueOf(v);
    }

    Duration duration(String name, Duration fallback) throws ActionException {
        String text = string(name, false);
        if (text == null) {
            return fallback;
        }
        return Durations.parse(text).orElseThrow(() -> invalid(name, "`" + text + "` is not a duration such as 30s"));
    }

    boolean bool(String name, boolean fallback) throws ActionException {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw invalid(name, "must be true or false");
    }

    Map<String, String> stringMap(String name) throws ActionException {
        Object v = values.get(name);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw invalid(name, "must be a mapping");
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.forEach((k, val) -> out.put(String.valueOf(k), val == null ? "" : String.valueOf(val)));
        return out;
    }

    List<String> stringList(String name) throws ActionException {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw invalid(name, "must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    Object raw(String name) {
        return values.get(name);
    }

    ActionException invalid(String name, String problem) {
        return new ActionException("InvalidParameter", action + ": with." + name + " " + problem, false);
    }
}
