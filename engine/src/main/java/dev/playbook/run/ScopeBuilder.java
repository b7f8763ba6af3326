package dev.playbook.run;

import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.Scope;
import dev.playbook.expr.TimeFunctions;
import dev.playbook.model.Durations;
import dev.playbook.model.Playbook;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import dev.playbook.model.Var;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the scope expressions see at the start of a run: inputs, then vars in order. */
public final class ScopeBuilder {

    private ScopeBuilder() {
    }

    public static Scope initial(Playbook playbook, Map<String, Object> inputs, TimeFunctions time) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inputs", exposed(inputs));
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.put("vars", vars);
        variables.put("steps", new HashMap<String, Object>());
        Scope scope = new Scope(variables, time);
        for (Var var : playbook.vars().values()) {
            vars.put(var.name(), resolve(var.value(), scope));
        }
        return scope;
    }

    /** Resolves a parameter tree: every string template evaluated, structure kept. */
    public static Object resolve(Value value, Scope scope) {
        if (value instanceof Value.Text text) {
            return ExpressionEngine.get().render(text.template(), scope);
        }
        if (value instanceof Value.Seq seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(item -> out.add(resolve(item, scope)));
            return out;
        }
        if (value instanceof Value.Mapping mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            mapping.entries().forEach(e -> out.put(e.key(), resolve(e.value(), scope)));
            return out;
        }
        return ((Value.Scalar) value).value();
    }

    public static Object render(Template template, Scope scope) {
        return template == null ? null : ExpressionEngine.get().render(template, scope);
    }

    /** Durations read as their short form ({@code 5m}) in expressions. */
    private static Map<String, Object> exposed(Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> out.put(k, v instanceof Duration d ? Durations.format(d) : v));
        return out;
    }
}
