package dev.playbook.load;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Diagnostics;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.expr.Scope;
import dev.playbook.expr.TimeFunctions;
import dev.playbook.model.Durations;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import dev.playbook.model.Var;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computes the vars once while loading, from the inputs' defaults and under the expression
 * budget, so that a var bomb (each var doubling the one before) is refused by validate, lint and
 * plan instead of being found by a run. Only {@code expression-limit} is reported: any other
 * failure depends on the inputs a run is given, and the run reports it; a var that cannot be
 * computed here is left out, so the vars after it are checked as far as they can be.
 */
final class VarCheck {

    private VarCheck() {
    }

    static void check(Playbook playbook, Diagnostics diagnostics) {
        if (playbook == null || playbook.vars().isEmpty()) {
            return;
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Input input : playbook.inputs().values()) {
            if (input.defaultValue() != null) {
                inputs.put(input.name(), input.defaultValue() instanceof Duration d ? Durations.format(d) : input.defaultValue());
            }
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        Map<String, Object> variables = new HashMap<>();
        variables.put("inputs", inputs);
        variables.put("vars", vars);
        variables.put("steps", new HashMap<String, Object>());
        Scope scope = new Scope(variables, new TimeFunctions(Instant::now));
        for (Var var : playbook.vars().values()) {
            try {
                vars.put(var.name(), ExpressionEngine.get().resolve(var.value(), scope));
            } catch (ExpressionError e) {
                if (e.id().equals("expression-limit")) {
                    diagnostics.add(Diagnostic.error(e.pos(), e.id(), "var `" + var.name() + "`: " + e.getMessage(), e.hint()));
                }
            }
        }
    }
}
