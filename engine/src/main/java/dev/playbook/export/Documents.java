package dev.playbook.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.model.Durations;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON through Jackson: plain values to trees, trees to text. */
final class Documents {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Documents() {
    }

    static String json(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree did not serialise", e);
        }
    }

    static String compactJson(JsonNode tree) {
        return tree.toString();
    }

    /** An input value (Long, Double, Boolean, String, Duration, List, Map) as JSON; durations read as their short form. */
    static JsonNode plain(Object value) {
        return JSON.valueToTree(normal(value));
    }

    static Object normal(Object value) {
        if (value instanceof Duration d) {
            return Durations.format(d);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Documents::normal).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normal(v)));
            return out;
        }
        return value;
    }
}
