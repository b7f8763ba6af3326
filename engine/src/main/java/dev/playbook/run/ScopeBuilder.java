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
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        return ExpressionEngine.get().resolve(value, scope);
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
