package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed reads of a call's parameters, failing as AWS does (MissingParameter, InvalidParameterValue). */
final class Args {

    private final Map<String, Object> params;

    Args(Map<String, Object> params) {
        this.params = params;
    }

    boolean has(String name) {
        return params.get(name) != null;
    }

    String string(String name) {
        Object v = params.get(name);
        if (v instanceof Map || v instanceof List) {
            throw invalid(name, "must be a string");
        }
        return v == null ? null : String.valueOf(v);
    }

    String required(String name) {
        String v = string(name);
        if (v == null || v.isEmpty()) {
            throw AwsError.client("MissingParameter", "The request must contain the parameter " + name + ".");
        }
        return v;
    }

    Integer integer(String name) {
        Object v = params.get(name);
        if (v == null) {
            return null;
        }
        try {
            return v instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.parseInt(String.valueOf(v).strip());
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(name, "must be an integer");
        }
    }

    Boolean bool(String name) {
        Object v = params.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(v);
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw invalid(name, "must be true or false");
    }

    List<String> strings(String name) {
        Object v = params.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw invalid(name, "must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String name) {
        Object v = params.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw invalid(name, "must be a structure");
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> maps(String name) {
        Object v = params.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || list.stream().anyMatch(i -> !(i instanceof Map))) {
            throw invalid(name, "must be a list of structures");
        }
        return (List<Map<String, Object>>) v;
    }

    /** A timestamp: ISO-8601 (with or without zone, UTC assumed) or epoch seconds, as the SDK accepts. */
    Instant time(String name) {
        Object v = params.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        String text = String.valueOf(v).strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw invalid(name, "`" + text + "` is not a timestamp");
            }
        }
    }

    private static AwsError invalid(String name, String problem) {
        return AwsError.client("InvalidParameterValue", "Invalid value for parameter " + name + ": " + problem + ".");
    }
}
