package dev.playbook.load;

import dev.playbook.model.Durations;
import dev.playbook.model.Input;
import dev.playbook.model.InputType;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Converts input values to their declared type and checks their constraints. */
public final class InputValues {

    private InputValues() {
    }

    /** Converts a value read from YAML; throws IllegalArgumentException with a message for people. */
    public static Object convert(InputType type, Object value) {
        Object converted = switch (type) {
            case STRING -> value instanceof String ? value : null;
            case INTEGER -> value instanceof Long ? value : null;
            case NUMBER -> value instanceof Long || value instanceof Double ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DURATION -> value instanceof String s ? Durations.parse(s).orElse(null) : null;
            case LIST -> value instanceof List ? value : null;
            case MAP -> value instanceof Map ? value : null;
        };
        if (converted == null) {
            throw new IllegalArgumentException("expected " + article(type) + ", found " + describe(value));
        }
        return converted;
    }

    /** Converts a value given on the command line ({@code -i name=value}). */
    public static Object parse(InputType type, String text) {
        try {
            return switch (type) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text.strip());
                case NUMBER -> text.contains(".") || text.contains("e") || text.contains("E")
                        ? finite(text) : (Object) Long.parseLong(text.strip());
                case BOOLEAN -> switch (text.strip()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("expected true or false, found `" + text + "`");
                };
                case DURATION -> convert(type, text.strip());
                case LIST, MAP -> convert(type, flowYaml(text));
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + article(type) + ", found `" + text + "`");
        }
    }

    /** A number as the file reads one: `1e999` is out of range there, so it is here, not Infinity. */
    private static Double finite(String text) {
        double value = Double.parseDouble(text.strip());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("`" + text + "` is out of range");
        }
        return value;
    }

    /** Checks enum, minimum and maximum; returns a message, or null when the value is allowed. */
    public static String violation(Input input, Object value) {
        if (!input.allowed().isEmpty() && !input.allowed().contains(value)) {
            return "`" + value + "` is not one of " + input.allowed();
        }
        if (value instanceof Number n) {
            if (input.minimum() != null && n.doubleValue() < input.minimum().doubleValue()) {
                return value + " is less than the minimum " + input.minimum();
            }
            if (input.maximum() != null && n.doubleValue() > input.maximum().doubleValue()) {
                return value + " is more than the maximum " + input.maximum();
            }
        }
        return null;
    }

    /** What {@link #violation} checks, without a value: {@code one of [a, b]}, {@code at least 1}, {@code at most 9}. */
    public static String constraints(Input input) {
        List<String> out = new java.util.ArrayList<>();
        if (!input.allowed().isEmpty()) {
            out.add("one of the allowed values");
        }
        if (input.minimum() != null) {
            out.add("at least " + input.minimum());
        }
        if (input.maximum() != null) {
            out.add("at most " + input.maximum());
        }
        return String.join(", ", out);
    }

    private static Object flowYaml(String text) {
        try {
            Object value = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).setCodePointLimit(65_536).build())
                    .loadFromString(text);
            return normalise(value);
        } catch (YamlEngineException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty())
                    .findFirst().orElse(e.getClass().getSimpleName());
            throw new IllegalArgumentException("cannot read `" + text + "` as YAML: " + reason);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InputValues::normalise).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        return value;
    }

    /** The type as a phrase: {@code an integer}, {@code a duration such as 5m}. */
    public static String article(InputType type) {
        return switch (type) {
            case INTEGER -> "an integer";
            case LIST -> "a list";
            case MAP -> "a map";
            case DURATION -> "a duration such as 5m";
            default -> "a " + type.yamlName();
        };
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String s) {
            return "the string `" + s + "`";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a map";
        }
        return "`" + value + "`";
    }
}
