package dev.playbook.expr;

import java.util.List;

/**
 * An expression's syntax as plain records, for code that translates expressions into another
 * language (export) without seeing JEXL. {@code column} counts from 0 inside the expression's
 * source; a construct outside this tree is {@link Other}, described in words.
 */
public sealed interface ExpressionTree {

    int column();

    /** A string, number, boolean or null. */
    record Literal(Object value, int column) implements ExpressionTree {
    }

    /** A root variable and the fields and indexes read from it: {@code steps.x.result.Items[0]}. */
    record Path(String root, List<Segment> segments, int column) implements ExpressionTree {
        public Path {
            segments = List.copyOf(segments);
        }
    }

    /** One step of a path: a field name, or a list index (a constant or a computed value). */
    sealed interface Segment permits Field, Index {
    }

    record Field(String name) implements Segment {
    }

    record Index(ExpressionTree index) implements Segment {
    }

    /** Reading fields from a computed value: {@code (a ?? b).c}. */
    record Access(ExpressionTree target, List<Segment> segments, int column) implements ExpressionTree {
        public Access {
            segments = List.copyOf(segments);
        }
    }

    enum Operator {
        EQ, NE, LT, LE, GT, GE, AND, OR, ADD, SUB, MUL, DIV, MOD, MATCHES, NOT_MATCHES, STARTS_WITH, ENDS_WITH, DEFAULT
    }

    record Binary(Operator operator, ExpressionTree left, ExpressionTree right, int column) implements ExpressionTree {
    }

    record Not(ExpressionTree operand, int column) implements ExpressionTree {
    }

    record Negate(ExpressionTree operand, int column) implements ExpressionTree {
    }

    record Conditional(ExpressionTree condition, ExpressionTree then, ExpressionTree otherwise, int column) implements ExpressionTree {
    }

    /** {@code size(x)}, {@code empty(x)}, or {@code ns:name(args)}; {@code namespace} is null for the first two. */
    record Call(String namespace, String name, List<ExpressionTree> arguments, int column) implements ExpressionTree {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    record ListLiteral(List<ExpressionTree> items, int column) implements ExpressionTree {
        public ListLiteral {
            items = List.copyOf(items);
        }
    }

    record MapEntry(ExpressionTree key, ExpressionTree value) {
    }

    record MapLiteral(List<MapEntry> entries, int column) implements ExpressionTree {
        public MapLiteral {
            entries = List.copyOf(entries);
        }
    }

    /** Anything else the sandbox lets through (a regex literal, a range): {@code what} names it. */
    record Other(String what, int column) implements ExpressionTree {
    }
}
