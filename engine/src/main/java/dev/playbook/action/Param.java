package dev.playbook.action;

import java.util.List;

/**
 * One parameter of an action's signature. {@code type} reads like the format docs: string,
 * integer, number, boolean, duration, timestamp, list&lt;T&gt;, map, or a structure name
 * ({@link ParamKind} says what each means for a literal); {@code values} are the values it
 * allows, empty when it takes any of its type.
 */
public record Param(String name, String type, boolean required, String description, List<String> values) {

    public Param {
        values = List.copyOf(values);
    }

    public Param(String name, String type, boolean required, String description) {
        this(name, type, required, description, List.of());
    }

    public static Param required(String name, String type, String description) {
        return new Param(name, type, true, description);
    }

    public static Param optional(String name, String type, String description) {
        return new Param(name, type, false, description);
    }
}
