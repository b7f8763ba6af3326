package dev.playbook.expr;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.jexl3.JexlContext;

/**
 * The variables an expression sees ({@code inputs}, {@code vars}, {@code steps}, {@code run},
 * {@code result}, ...) and the functions bound to the run's clock. Expressions cannot assign,
 * so a scope is only read while evaluating.
 */
public final class Scope implements JexlContext, JexlContext.NamespaceResolver {

    private final Map<String, Object> variables;
    private final TimeFunctions time;

    public Scope(Map<String, Object> variables, TimeFunctions time) {
        this.variables = new HashMap<>(variables);
        this.time = time;
    }

    /** A copy of this scope with one more variable, such as {@code result} or {@code error}. */
    public Scope with(String name, Object value) {
        Map<String, Object> copy = new HashMap<>(variables);
        copy.put(name, value);
        return new Scope(copy, time);
    }

    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(variables);
    }

    public TimeFunctions time() {
        return time;
    }

    @Override
    public Object get(String name) {
        return variables.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("expressions cannot assign");
    }

    @Override
    public boolean has(String name) {
        return variables.containsKey(name);
    }

    @Override
    public Object resolveNamespace(String name) {
        return switch (name) {
            case "time" -> time;
            case "list" -> ListFunctions.INSTANCE;
            default -> null;
        };
    }
}
