package dev.playbook.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object of the playbook format: its keys, and the constraints between keys that the loader
 * enforces and the schema generator expresses.
 *
 * @param exactlyOneOf keys of which exactly one must be present (empty when unconstrained)
 * @param dependentRequired a key that may only appear together with another key
 * @param requiredUnless a key that is required unless another key is present
 */
public record ObjectSpec(String name, String description, List<FieldSpec> fields, List<String> exactlyOneOf,
                         Map<String, String> dependentRequired, Map<String, String> requiredUnless) {

    public ObjectSpec {
        fields = List.copyOf(fields);
        exactlyOneOf = List.copyOf(exactlyOneOf);
        dependentRequired = Map.copyOf(dependentRequired);
        requiredUnless = Map.copyOf(requiredUnless);
    }

    public ObjectSpec(String name, String description, List<FieldSpec> fields) {
        this(name, description, fields, List.of(), Map.of(), Map.of());
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    public List<String> keys() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
