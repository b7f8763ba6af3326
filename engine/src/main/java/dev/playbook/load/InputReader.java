package dev.playbook.load;

import dev.playbook.format.FormatV1;
import dev.playbook.model.Input;
import dev.playbook.model.InputType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code inputs} section, converting defaults and allowed values to each input's type. */
final class InputReader {

    private final NodeReader reader;

    InputReader(NodeReader reader) {
        this.reader = reader;
    }

    Map<String, Input> inputs(Node node) {
        Map<String, Input> out = new LinkedHashMap<>();
        reader.identifierMap(node, "inputs").forEach((name, spec) -> {
            Input input = input(name, spec);
            if (input != null) {
                out.put(name, input);
            }
        });
        return out;
    }

    private Input input(String name, Node node) {
        Fields f = reader.fields(node, FormatV1.INPUT, "input `" + name + "`");
        if (f == null) {
            return null;
        }
        InputType type = PlaybookLoader.inputType(reader.oneOf(f.node("type"), FormatV1.INPUT_TYPES));
        if (type == null) {
            return null;
        }
        Object defaultValue = f.node("default") == null ? null : typed(type, f.node("default"), "default");
        List<Object> allowed = new ArrayList<>();
        for (Node item : reader.list(f.node("enum"), "enum")) {
            Object value = typed(type, item, "enum value");
            if (value != null) {
                allowed.add(value);
            }
        }
        Number minimum = reader.number(f.node("minimum"));
        Number maximum = reader.number(f.node("maximum"));
        Boolean required = reader.bool(f.node("required"));
        Boolean secret = reader.bool(f.node("secret"));
        Input input = new Input(name, type, reader.string(f.node("description")), defaultValue,
                required != null ? required : defaultValue == null, allowed, minimum, maximum,
                Boolean.TRUE.equals(secret), f.pos());
        if (defaultValue != null) {
            String violation = InputValues.violation(input, defaultValue);
            if (violation != null) {
                reader.error(reader.pos(f.node("default")), "bad-value", "default of input `" + name + "`: " + violation, null);
            }
        }
        return input;
    }

    private Object typed(InputType type, Node node, String what) {
        Object plain = reader.plain(node);
        try {
            return InputValues.convert(type, plain);
        } catch (IllegalArgumentException e) {
            reader.error(reader.pos(node), "wrong-type", what + " must match type " + type.yamlName() + ": " + e.getMessage(), null);
            return null;
        }
    }
}
