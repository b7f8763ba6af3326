package dev.playbook.sim.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds result trees the way the AWS binding renders SDK responses: AWS member names, members
 * without a value left out, integers as Long, timestamps as ISO-8601 strings.
 */
final class Tree {

    private Tree() {
    }

    /** A map from alternating member names and values; null values are left out. */
    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = plain(namesAndValues[i + 1]);
            if (value != null) {
                out.put((String) namesAndValues[i], value);
            }
        }
        return out;
    }

    static List<Object> list(List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(item -> out.add(plain(item)));
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof List<?> list) {
            return list(list);
        }
        return value;
    }
}
