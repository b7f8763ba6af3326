package dev.playbook.run;

import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.expr.Scope;
import dev.playbook.model.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * The values an expression read, as {@code path = value} text, so that a failed condition
 * explains itself: "result.DBInstances[0].DBInstanceStatus = 'modifying'".
 */
final class Observed {

    private static final int MAX_VALUE_LENGTH = 200;

    private Observed() {
    }

    static String describe(Expression expression, Scope scope) {
        List<String> parts = new ArrayList<>();
        for (List<String> path : ExpressionEngine.get().variables(expression)) {
            String text = pathText(path);
            Object value;
            try {
                value = ExpressionEngine.get().evaluate(new Expression(text, expression.pos()), scope);
            } catch (ExpressionError e) {
                parts.add(text + " is missing");
                continue;
            }
            String shown = value instanceof String s ? "'" + s + "'" : ExpressionEngine.text(value);
            if (value == null) {
                shown = "null";
            }
            if (shown.length() > MAX_VALUE_LENGTH) {
                shown = shown.substring(0, MAX_VALUE_LENGTH) + "...";
            }
            parts.add(text + " = " + shown);
        }
        return String.join(", ", parts);
    }

    private static String pathText(List<String> path) {
        StringBuilder out = new StringBuilder(path.get(0));
        for (String part : path.subList(1, path.size())) {
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else if (part.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                out.append('.').append(part);
            } else {
                out.append("['").append(part.replace("'", "\\'")).append("']");
            }
        }
        return out.toString();
    }
}
