package dev.playbook.action;

/**
 * What a {@link Param#type()} name means for a literal value in a playbook: the one reading of
 * type names that lint's type check and the editor schema both use. Strings accept any scalar,
 * because the built-in actions read numbers and booleans as their text.
 */
public enum ParamKind {
    STRING, DURATION, BOOLEAN, NUMBER, MAP, STRING_OR_MAP, LIST,
    /** A structure of the provider's own (an AWS request member such as {@code ChangeBatch}). */
    STRUCTURE,
    /** A type this reading does not know (a plugin's); not checked. */
    OTHER;

    public static ParamKind of(String type) {
        return switch (type) {
            case "string", "timestamp", "blob", ShellTemplate.PARAM_TYPE -> STRING;
            case "duration" -> DURATION;
            case "boolean" -> BOOLEAN;
            case "integer", "number" -> NUMBER;
            case "map" -> MAP;
            case "string|map" -> STRING_OR_MAP;
            case "any" -> OTHER;
            default -> type.startsWith("list") ? LIST
                    : type.startsWith("map<") ? MAP
                    : !type.isEmpty() && Character.isUpperCase(type.charAt(0)) ? STRUCTURE : OTHER;
        };
    }
}
