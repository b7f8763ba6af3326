package dev.playbook.run;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Replaces the values of secret inputs with {@code ***} wherever text leaves the process. */
public final class Redactor {

    public static final String MASK = "***";
    public static final Redactor NONE = new Redactor(List.of());

    private final List<String> secrets;

    public Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The secret values among bound inputs. */
    public static Redactor forInputs(dev.playbook.model.Playbook playbook, Map<String, Object> inputs) {
        return new Redactor(playbook.inputs().values().stream()
                .filter(dev.playbook.model.Input::secret)
                .map(i -> inputs.get(i.name()))
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .collect(Collectors.toList()));
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** A copy of a result or parameter tree with every string redacted. */
    public Object redactTree(Object value) {
        if (secrets.isEmpty()) {
            return value;
        }
        if (value instanceof String s) {
            return redact(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), redactTree(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::redactTree).toList();
        }
        return value;
    }
}
