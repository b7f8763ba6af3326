package dev.playbook.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Writes the JSON Schema (2020-12) of a {@link Format}. */
public final class SchemaGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaGenerator() {
    }

    public static ObjectNode schema(Format format) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", format.schemaId());
        root.put("title", format.title());
        root.put("description", format.description() + " Generated from the interpreter's format definition; do not edit by hand.");
        root.put("$ref", "#/$defs/" + format.root().name());
        ObjectNode defs = root.putObject("$defs");
        for (ObjectSpec spec : format.objects()) {
            defs.set(spec.name(), objectSchema(spec));
        }
        return root;
    }

    public static String render(Format format) {
        return render(schema(format));
    }

    /** A schema as the files under {@code schema/} spell it. */
    public static String render(ObjectNode schema) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode objectSchema(ObjectSpec spec) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        describe(node, spec.description());
        ObjectNode props = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (FieldSpec field : spec.fields()) {
            ObjectNode prop = typeSchema(field.type());
            describe(prop, field.description());
            if (field.nonEmpty()) {
                prop.put("minItems", 1);
            }
            props.set(field.name(), prop);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        if (!spec.exactlyOneOf().isEmpty()) {
            ArrayNode oneOf = node.putArray("oneOf");
            spec.exactlyOneOf().forEach(k -> oneOf.addObject().putArray("required").add(k));
        }
        if (!spec.dependentRequired().isEmpty()) {
            ObjectNode dep = node.putObject("dependentRequired");
            spec.dependentRequired().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> dep.putArray(e.getKey()).add(e.getValue()));
        }
        if (!spec.requiredUnless().isEmpty()) {
            ArrayNode allOf = node.putArray("allOf");
            spec.requiredUnless().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                ObjectNode rule = allOf.addObject();
                rule.putObject("if").putObject("not").putArray("required").add(e.getValue());
                rule.putObject("then").putArray("required").add(e.getKey());
            });
        }
        return node;
    }

    /**
     * The text in both spellings editors read: {@code markdownDescription}, rendered by editors
     * that show Markdown (so `code` and **kind** are not shown escaped), and {@code description}
     * as plain text for the others; text without markup needs only the one.
     */
    public static void describe(ObjectNode node, String markdown) {
        String plain = plain(markdown);
        node.put("description", plain);
        if (!plain.equals(markdown)) {
            node.put("markdownDescription", markdown);
        }
    }

    static String plain(String markdown) {
        return markdown.replace("**", "").replace("`", "");
    }

    private static ObjectNode typeSchema(FieldType type) {
        ObjectNode node = JSON.objectNode();
        switch (type.kind()) {
            case STRING, TEMPLATE -> node.put("type", "string");
            case NAME -> node.put("type", "string").put("pattern", FieldType.NAME_PATTERN);
            case IDENTIFIER -> node.put("type", "string").put("pattern", FieldType.IDENTIFIER_PATTERN);
            case DURATION -> node.put("type", "string").put("pattern", FieldType.DURATION_PATTERN);
            case DATE -> node.put("type", "string").put("pattern", FieldType.DATE_PATTERN);
            case PERCENT -> node.put("type", "string").put("pattern", FieldType.PERCENT_PATTERN);
            case EXPRESSION -> node.set("type", JSON.arrayNode().add("string").add("boolean"));
            case INTEGER -> node.put("type", "integer");
            case NUMBER -> node.put("type", "number");
            case BOOLEAN -> node.put("type", "boolean");
            case ENUM -> {
                ArrayNode values = node.putArray("enum");
                type.values().forEach(values::add);
            }
            case LIST -> {
                node.put("type", "array");
                node.set("items", typeSchema(type.item()));
            }
            case MAP, NAMED_MAP -> {
                node.put("type", "object");
                node.putObject("propertyNames").put("pattern", type.kind() == FieldType.Kind.MAP ? FieldType.IDENTIFIER_PATTERN : FieldType.NAME_PATTERN);
                node.set("additionalProperties", typeSchema(type.item()));
            }
            case DURATION_RANGE -> node.put("type", "string").put("pattern", FieldType.DURATION_RANGE_PATTERN);
            case PARAMETERS -> node.put("type", "object");
            case OBJECT -> node.put("$ref", "#/$defs/" + type.ref());
            case ANY -> { }
        }
        return node;
    }

}
