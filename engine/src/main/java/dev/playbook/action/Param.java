package dev.playbook.action;

/**
 * One parameter of an action's signature. {@code type} reads like the format docs: string,
 * integer, number, boolean, duration, timestamp, list&lt;T&gt;, map, or a structure name.
 */
public record Param(String name, String type, boolean required, String description) {

    public static Param required(String name, String type, String description) {
        return new Param(name, type, true, description);
    }

    public static Param optional(String name, String type, String description) {
        return new Param(name, type, false, description);
    }
}
