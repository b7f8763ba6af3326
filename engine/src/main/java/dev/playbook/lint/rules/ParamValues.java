package dev.playbook.lint.rules;

import dev.playbook.model.SourcePos;
import dev.playbook.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Step parameters ({@code with:}) as the action checks want them, and the way back from a path to a position. */
final class ParamValues {

    private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    private ParamValues() {
    }

    /**
     * The tree as plain values. Strings keep their template text: an offline check takes any
     * string holding {@code ${...}} as unknown until run time.
     */
    static Object plain(Value value) {
        if (value instanceof Value.Text text) {
            return text.template().raw();
        }
        if (value instanceof Value.Seq seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Value.Mapping mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            mapping.entries().forEach(e -> out.put(e.key(), plain(e.value())));
            return out;
        }
        return ((Value.Scalar) value).value();
    }

    /**
     * The position of a parameter path such as {@code with.ChangeBatch.Changes[0].Action}: of its
     * key when {@code key} is set (an unknown name), else of its value (a wrong value).
     */
    static SourcePos position(Value.Mapping with, String path, boolean key) {
        Matcher m = SEGMENT.matcher(path.startsWith("with") ? path.substring(4) : path);
        Value current = with;
        SourcePos pos = with.pos();
        while (m.find()) {
            if (m.group(1) != null && current instanceof Value.Mapping mapping) {
                Value.Entry entry = mapping.entries().stream().filter(e -> e.key().equals(m.group(1))).findFirst().orElse(null);
                if (entry == null) {
                    return pos;
                }
                current = entry.value();
                pos = key ? entry.keyPos() : entry.value().pos();
            } else if (m.group(2) != null && current instanceof Value.Seq seq && Integer.parseInt(m.group(2)) < seq.items().size()) {
                current = seq.items().get(Integer.parseInt(m.group(2)));
                pos = current.pos();
            } else {
                return pos;
            }
        }
        return pos;
    }
}
