package dev.playbook.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What of a secret input's value is secret: the texts it stands for, and how short one may be. */
public final class SecretValues {

    /** Shorter secrets are refused at input binding: masking them would garble ordinary text and still reveal them. */
    public static final int SHORTEST = 4;

    private SecretValues() {
    }

    /** The texts a secret value stands for: a scalar's text, or every member of a list or map. */
    public static List<String> leaves(Object value) {
        List<String> out = new ArrayList<>();
        leaves(value, out);
        return out;
    }

    private static void leaves(Object value, List<String> out) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> leaves(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> leaves(v, out));
        } else if (value != null) {
            out.add(value instanceof Duration d ? Durations.format(d) : String.valueOf(value));
        }
    }
}
