package dev.playbook.format;

/** One key of an object in the playbook format. */
public record FieldSpec(String name, FieldType type, boolean required, boolean nonEmpty, String description) {

    public static FieldSpec required(String name, FieldType type, String description) {
        return new FieldSpec(name, type, true, false, description);
    }

    public static FieldSpec optional(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, false, description);
    }

    /** An optional list that, when given, must hold at least one item. */
    public static FieldSpec optionalNonEmpty(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, true, description);
    }

    /** A required list that must hold at least one item. */
    public static FieldSpec requiredNonEmpty(String name, FieldType type, String description) {
        return new FieldSpec(name, type, true, true, description);
    }
}
