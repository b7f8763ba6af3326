package dev.playbook.run;

import dev.playbook.diag.Suggest;
import dev.playbook.load.InputValues;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds {@code -i name=value} arguments and defaults to a playbook's declared inputs. */
public final class InputBinder {

    /** The bound values, and the inputs that are required but were not given. */
    public record Bound(Map<String, Object> values, List<String> missing) {
    }

    private InputBinder() {
    }

    /** Parses {@code name=value} pairs; throws IllegalArgumentException naming the bad argument. */
    public static Map<String, String> pairs(List<String> arguments) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("input `" + argument + "` is not name=value");
            }
            out.put(argument.substring(0, eq).strip(), argument.substring(eq + 1));
        }
        return out;
    }

    /** Throws IllegalArgumentException for an unknown, ill-typed or disallowed value. */
    public static Bound bind(Playbook playbook, Map<String, String> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (!playbook.inputs().containsKey(name)) {
                throw new IllegalArgumentException("unknown input `" + name + "`" + Suggest.didYouMean(name, playbook.inputs().keySet())
                        + (playbook.inputs().isEmpty() ? " (the playbook declares no inputs)" : "; inputs: " + String.join(", ", playbook.inputs().keySet())));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Input input : playbook.inputs().values()) {
            Object value;
            if (given.containsKey(input.name())) {
                try {
                    value = InputValues.parse(input.type(), given.get(input.name()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("input `" + input.name() + "`: " + e.getMessage());
                }
                String violation = InputValues.violation(input, value);
                if (violation != null) {
                    throw new IllegalArgumentException("input `" + input.name() + "`: " + violation);
                }
            } else {
                value = input.defaultValue();
            }
            if (value == null && input.required()) {
                missing.add(input.name());
            }
            values.put(input.name(), value);
        }
        return new Bound(values, missing);
    }
}
