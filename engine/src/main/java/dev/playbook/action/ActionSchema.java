package dev.playbook.action;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.format.SchemaGenerator;
import java.util.List;

/**
 * The JSON Schema an editor needs for one action: what goes under its {@code with:}, read from
 * the same {@link Signature} lint and {@code playbook actions} read, as an {@code if}/{@code then}
 * keyed on the step's {@code action}. Every typed parameter also takes a {@code ${...}} template,
 * which is a string until the run renders it. The rules refer to {@link #definitions()}, which
 * the file holding them must carry under {@code $defs}.
 */
public final class ActionSchema {

    /** A value the editor cannot type: a template rendered at run time. */
    private static final String TEMPLATE_PATTERN = "\\$\\{";
    private static final String TEXT = "text";
    private static final String TEMPLATE = "template";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ActionSchema() {
    }

    /** What the rules refer to: a text (any scalar, as the actions read it) and a template. */
    public static ObjectNode definitions() {
        ObjectNode defs = JSON.objectNode();
        defs.putObject(TEXT).set("type", JSON.arrayNode().add("string").add("number").add("boolean").add("null"));
        defs.putObject(TEMPLATE).put("type", "string").put("pattern", TEMPLATE_PATTERN);
        return defs;
    }

    /** {@code if action == name then with: <its parameters>}. */
    public static ObjectNode conditional(Action action) {
        ObjectNode rule = JSON.objectNode();
        ObjectNode when = rule.putObject("if");
        when.putObject("properties").putObject("action").put("const", action.name());
        when.putArray("required").add("action");
        rule.putObject("then").putObject("properties").set("with", parameters(action));
        return rule;
    }

    /** The schema of {@code with:} for {@code action}. */
    public static ObjectNode parameters(Action action) {
        Signature signature = action.signature();
        ObjectNode with = JSON.objectNode();
        with.put("type", "object");
        SchemaGenerator.describe(with, signature.summary());
        ObjectNode properties = with.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Param param : signature.params()) {
            ObjectNode schema = type(param.type(), param.values());
            SchemaGenerator.describe(schema, param.description().isEmpty() || !param.values().isEmpty() ? param.type()
                    : param.type() + ": " + param.description());
            properties.set(param.name(), schema);
            if (param.required()) {
                required.add(param.name());
            }
        }
        if (!required.isEmpty()) {
            with.set("required", required);
        }
        if (!signature.openParams()) {
            with.put("additionalProperties", false);
        }
        return with;
    }

    private static ObjectNode type(String type, List<String> values) {
        ObjectNode literal = JSON.objectNode();
        switch (ParamKind.of(type)) {
            case STRING, DURATION -> {
                if (!values.isEmpty()) {
                    ArrayNode allowed = literal.putArray("enum");
                    values.forEach(allowed::add);
                    return orTemplate(literal);
                }
                return ref(TEXT);
            }
            case BOOLEAN -> literal.put("type", "boolean");
            case NUMBER -> literal.put("type", type.equals("integer") ? "integer" : "number");
            case MAP, STRUCTURE -> literal.put("type", "object");
            case STRING_OR_MAP -> {
                return literal;
            }
            case LIST -> literal.put("type", "array");
            case OTHER -> {
                return literal;
            }
        }
        return orTemplate(literal);
    }

    private static ObjectNode orTemplate(ObjectNode literal) {
        ObjectNode either = JSON.objectNode();
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.add(literal);
        anyOf.add(ref(TEMPLATE));
        return either;
    }

    private static ObjectNode ref(String definition) {
        return JSON.objectNode().put("$ref", "#/$defs/" + definition);
    }
}
