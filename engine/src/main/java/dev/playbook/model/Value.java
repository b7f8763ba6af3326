package dev.playbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A YAML tree as written in a playbook (parameters, vars), keeping positions and templates. */
public sealed interface Value permits Value.Scalar, Value.Text, Value.Seq, Value.Mapping {

    SourcePos pos();

    /** A number, boolean or null. */
    record Scalar(Object value, SourcePos pos) implements Value {
    }

    record Text(Template template) implements Value {
        @Override
        public SourcePos pos() {
            return template.pos();
        }
    }

    record Seq(List<Value> items, SourcePos pos) implements Value {
        public Seq {
            items = List.copyOf(items);
        }
    }

    record Entry(String key, SourcePos keyPos, Value value) {
    }

    record Mapping(List<Entry> entries, SourcePos pos) implements Value {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Value get(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse(null);
        }
    }

    /** Every template in this tree, depth first. */
    default List<Template> templates() {
        List<Template> out = new ArrayList<>();
        collectTemplates(this, out);
        return out;
    }

    private static void collectTemplates(Value value, List<Template> out) {
        if (value instanceof Text t) {
            out.add(t.template());
        } else if (value instanceof Seq s) {
            s.items().forEach(v -> collectTemplates(v, out));
        } else if (value instanceof Mapping m) {
            m.entries().forEach(e -> collectTemplates(e.value(), out));
        }
    }

    default Stream<Expression> expressions() {
        return templates().stream().flatMap(t -> t.expressions().stream());
    }
}
