package dev.playbook.load;

import dev.playbook.diag.Suggest;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import dev.playbook.model.SecretValues;
import java.util.ArrayList;
import java.util.Collection;
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

    /** The value given for an input, converted and checked; a secret input's errors name the input, never the value. */
    private static Object given(Input input, String text) {
        Object value;
        try {
            value = InputValues.parse(input.type(), text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("input `" + input.name() + "`: "
                    + (input.secret() ? "the secret value given is not " + InputValues.article(input.type()) + " (it is not shown)" : e.getMessage()));
        }
        String violation = InputValues.violation(input, value);
        if (violation != null) {
            throw new IllegalArgumentException("input `" + input.name() + "`: "
                    + (input.secret() ? "the secret value given is not allowed: " + InputValues.constraints(input) + " (it is not shown)" : violation));
        }
        return value;
    }

    /** A secret (or a member of a secret list or map) too short to mask safely is refused before anything runs. */
    private static void refuseShortSecret(Input input, Object value) {
        for (String text : SecretValues.leaves(value)) {
            if (text.codePointCount(0, text.length()) < SecretValues.SHORTEST) {
                throw new IllegalArgumentException("input `" + input.name() + "` is secret, and "
                        + (value instanceof Collection || value instanceof Map ? "a member of it" : "its value")
                        + " is shorter than " + SecretValues.SHORTEST + " characters: too short to be masked in output without "
                        + "garbling other text; use a longer secret");
            }
        }
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
            Object value = given.containsKey(input.name()) ? given(input, given.get(input.name())) : input.defaultValue();
            if (value == null && input.required()) {
                missing.add(input.name());
            }
            if (input.secret()) {
                refuseShortSecret(input, value);
            }
            values.put(input.name(), value);
        }
        return new Bound(values, missing);
    }
}
