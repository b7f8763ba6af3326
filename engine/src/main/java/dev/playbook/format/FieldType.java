package dev.playbook.format;

import java.util.List;

/** The type of a field in the playbook format, rich enough to generate the JSON Schema and docs. */
public record FieldType(Kind kind, List<String> values, FieldType item, String ref) {

    public enum Kind {
        STRING, NAME, IDENTIFIER, DURATION, DATE, PERCENT, EXPRESSION, TEMPLATE, INTEGER, NUMBER, BOOLEAN,
        ENUM, LIST, MAP, NAMED_MAP, DURATION_RANGE, PARAMETERS, OBJECT, ANY
    }

    public static final FieldType STRING = of(Kind.STRING);
    /** A kebab-case name ({@code regional-failover}). */
    public static final FieldType NAME = of(Kind.NAME);
    /** An identifier usable in expressions ({@code promote_db}). */
    public static final FieldType IDENTIFIER = of(Kind.IDENTIFIER);
    public static final FieldType DURATION = of(Kind.DURATION);
    /** A duration ({@code 7m}) or a uniform range of them ({@code 5m..10m}). */
    public static final FieldType DURATION_RANGE = of(Kind.DURATION_RANGE);
    public static final FieldType DATE = of(Kind.DATE);
    /** A share written as a percentage ({@code 0.5%}). */
    public static final FieldType PERCENT = of(Kind.PERCENT);
    public static final FieldType EXPRESSION = of(Kind.EXPRESSION);
    public static final FieldType TEMPLATE = of(Kind.TEMPLATE);
    public static final FieldType INTEGER = of(Kind.INTEGER);
    public static final FieldType NUMBER = of(Kind.NUMBER);
    public static final FieldType BOOLEAN = of(Kind.BOOLEAN);
    public static final FieldType ANY = of(Kind.ANY);
    /** An action's parameters: a mapping with any keys and any values, strings being templates. */
    public static final FieldType PARAMETERS = of(Kind.PARAMETERS);

    public static final String IDENTIFIER_PATTERN = "^[a-z][a-z0-9_]*$";
    public static final String NAME_PATTERN = "^[a-z][a-z0-9-]*$";
    public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public static final String PERCENT_PATTERN = "^[0-9]{1,3}(\\.[0-9]{1,4})?%$";
    /** {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 250ms}, {@code 2d}, or ISO-8601 {@code PT5M}. */
    public static final String DURATION_PATTERN =
            "^(([0-9]+(ms|s|m|h|d))+|P(?!$)([0-9]+D)?(T(?!$)([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?)$";

    public static final String DURATION_RANGE_PATTERN = "^[0-9][0-9a-zA-Z]*(\\.\\.[0-9][0-9a-zA-Z]*)?$";

    private static FieldType of(Kind kind) {
        return new FieldType(kind, List.of(), null, null);
    }

    public static FieldType enumOf(String... values) {
        return new FieldType(Kind.ENUM, List.of(values), null, null);
    }

    public static FieldType listOf(FieldType item) {
        return new FieldType(Kind.LIST, List.of(), item, null);
    }

    /** A mapping whose keys are identifiers. */
    public static FieldType mapOf(FieldType item) {
        return new FieldType(Kind.MAP, List.of(), item, null);
    }

    /** A mapping whose keys are kebab-case names ({@code rds-promote}). */
    public static FieldType namedMapOf(FieldType item) {
        return new FieldType(Kind.NAMED_MAP, List.of(), item, null);
    }

    public static FieldType object(String ref) {
        return new FieldType(Kind.OBJECT, List.of(), null, ref);
    }

    /** How the type reads in docs and error messages. */
    public String describe() {
        return switch (kind) {
            case STRING -> "string";
            case NAME -> "name (`a-z`, `0-9`, `-`)";
            case IDENTIFIER -> "identifier (`a-z`, `0-9`, `_`)";
            case DURATION -> "duration";
            case DATE -> "date (YYYY-MM-DD)";
            case PERCENT -> "percentage (`0.5%`)";
            case EXPRESSION -> "expression";
            case TEMPLATE -> "string with `${...}`";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ENUM -> "one of " + String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
            case LIST -> "list of " + item.describe();
            case MAP -> "map of " + item.describe();
            case NAMED_MAP -> "map from names to " + item.describe();
            case DURATION_RANGE -> "duration or range (`5m..10m`)";
            case PARAMETERS -> "mapping of parameters";
            case OBJECT -> ref;
            case ANY -> "any value";
        };
    }
}
