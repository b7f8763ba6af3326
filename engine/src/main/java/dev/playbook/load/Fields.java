package dev.playbook.load;

import dev.playbook.format.FieldSpec;
import dev.playbook.format.ObjectSpec;
import dev.playbook.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** The keys of one YAML mapping, already checked against the {@link ObjectSpec} it must follow. */
public final class Fields {

    record Field(SourcePos keyPos, Node value) {
    }

    private final ObjectSpec spec;
    private final SourcePos pos;
    private final Map<String, Field> entries = new LinkedHashMap<>();

    Fields(ObjectSpec spec, SourcePos pos) {
        this.spec = spec;
        this.pos = pos;
    }

    void put(String key, SourcePos keyPos, Node value) {
        entries.put(key, new Field(keyPos, value));
    }

    public ObjectSpec spec() {
        return spec;
    }

    public SourcePos pos() {
        return pos;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    Map<String, Field> entries() {
        return entries;
    }

    /** The value node of a key the spec declares, or null when absent. */
    public Node node(String key) {
        FieldSpec declared = spec.field(key)
                .orElseThrow(() -> new IllegalArgumentException(spec.name() + " declares no key " + key));
        Field field = entries.get(declared.name());
        return field == null ? null : field.value();
    }

    public SourcePos keyPos(String key) {
        Field field = entries.get(key);
        return field == null ? pos : field.keyPos();
    }
}
