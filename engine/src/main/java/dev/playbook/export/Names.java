package dev.playbook.export;

import dev.playbook.expr.ExpressionTree;
import dev.playbook.model.Input;
import dev.playbook.model.InputType;
import dev.playbook.model.Playbook;
import dev.playbook.model.Value;
import dev.playbook.model.Var;

/** What an exported expression may assume about the playbook's names: variable names and value types. */
final class Names {

    private final Playbook playbook;

    Names(Playbook playbook) {
        this.playbook = playbook;
    }

    /** The state machine variable holding a step's record ({@code status}, {@code result}, {@code error}). */
    String stepVariable(String stepId) {
        return "step_" + stepId;
    }

    /** Whether a value is a string for sure, so {@code +} joins. */
    boolean isText(ExpressionTree tree) {
        if (tree instanceof ExpressionTree.Literal l) {
            return l.value() instanceof String;
        }
        if (tree instanceof ExpressionTree.Path p && p.segments().size() == 1 && p.segments().get(0) instanceof ExpressionTree.Field f) {
            if (p.root().equals("inputs")) {
                Input input = playbook.inputs().get(f.name());
                return input != null && (input.type() == InputType.STRING || input.type() == InputType.DURATION);
            }
            if (p.root().equals("vars")) {
                Var v = playbook.vars().get(f.name());
                return v != null && v.value() instanceof Value.Text t && t.template().soleExpression() == null;
            }
            return p.root().equals("run") && f.name().equals("id");
        }
        if (tree instanceof ExpressionTree.Conditional c) {
            return isText(c.then()) && isText(c.otherwise());
        }
        return tree instanceof ExpressionTree.Binary b && b.operator() == ExpressionTree.Operator.ADD && (isText(b.left()) || isText(b.right()));
    }

    /** Whether a value is a number for sure, so {@code +} adds. */
    boolean isNumber(ExpressionTree tree) {
        if (tree instanceof ExpressionTree.Literal l) {
            return l.value() instanceof Number;
        }
        if (tree instanceof ExpressionTree.Path p && p.root().equals("inputs") && p.segments().size() == 1
                && p.segments().get(0) instanceof ExpressionTree.Field f) {
            Input input = playbook.inputs().get(f.name());
            return input != null && (input.type() == InputType.INTEGER || input.type() == InputType.NUMBER);
        }
        return tree instanceof ExpressionTree.Call c && c.namespace() == null && c.name().equals("size");
    }
}
