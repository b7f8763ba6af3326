package dev.playbook.export;

import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.expr.ExpressionTree;
import dev.playbook.expr.ExpressionTree.Binary;
import dev.playbook.expr.ExpressionTree.Call;
import dev.playbook.expr.ExpressionTree.Conditional;
import dev.playbook.expr.ExpressionTree.Field;
import dev.playbook.expr.ExpressionTree.Index;
import dev.playbook.expr.ExpressionTree.Literal;
import dev.playbook.expr.ExpressionTree.Path;
import dev.playbook.expr.ExpressionTree.Segment;
import dev.playbook.model.Durations;
import dev.playbook.model.Expression;
import dev.playbook.model.Template;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Translates playbook expressions into JSONata, the query language of the exported state
 * machine. What has no meaning there (the {@code error} of {@code retry_if}, {@code run.elapsed},
 * a computed regular expression) is reported through {@link Problems} and becomes
 * {@code $error(...)}, so a state that reaches it fails naming the source position instead of
 * computing something else.
 */
final class Jsonata {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Names names;
    private final Problems problems;
    private final String resultOf;

    /** {@code resultOf}: the step whose {@code result} an expect or until reads; null elsewhere. */
    Jsonata(Names names, Problems problems, String resultOf) {
        this.names = names;
        this.problems = problems;
        this.resultOf = resultOf;
    }

    Jsonata reading(String stepId) {
        return new Jsonata(names, problems, stepId);
    }

    /** A condition or value as a JSONata expression (without the {@code {% %}} delimiters). */
    String expression(Expression expression) {
        ExpressionTree tree;
        try {
            tree = ExpressionEngine.get().tree(expression);
        } catch (ExpressionError e) {
            return problems.expression(expression, 0, "expression does not compile: " + e.getMessage(), "fix it first (`playbook validate`)");
        }
        return new Translation(expression).of(tree);
    }

    /** A template as an ASL value: a plain JSON string when literal, else {@code {% ... %}}. */
    Object template(Template template) {
        return template.isLiteral() ? literalText(template) : wrap(templateExpression(template));
    }

    /** A template as a JSONata expression: the typed value of a sole {@code ${...}}, else the joined string. */
    String templateExpression(Template template) {
        if (template.isLiteral()) {
            return string(literalText(template));
        }
        Expression sole = template.soleExpression();
        if (sole != null) {
            return expression(sole);
        }
        return template.parts().stream().map(part -> part instanceof Template.Literal l
                        ? string(l.text())
                        : "$playbookText(" + expression(((Template.Interpolation) part).expression()) + ")")
                .collect(Collectors.joining(" & ", "(", ")"));
    }

    /** The text of a template without interpolations. */
    static String literalText(Template template) {
        return template.parts().stream().map(p -> ((Template.Literal) p).text()).collect(Collectors.joining());
    }

    /** {@code {% ... %}} around an expression, with the helper functions it calls bound first. */
    static String wrap(String jsonata) {
        StringBuilder helpers = new StringBuilder();
        boolean join = jsonata.contains("$playbookJoin(") || jsonata.contains("$playbookPlus(");
        if (join || jsonata.contains("$playbookText(")) {
            helpers.append("$playbookText := function($v) { ($exists($v) and $v != null) ? ($type($v) = \"string\" ? $v : $string($v)) : \"\" }; ");
        }
        if (join) {
            helpers.append("$playbookJoin := function($a, $b) { $playbookText($a) & $playbookText($b) }; ");
            helpers.append("$playbookPlus := function($a, $b) { ($type($a) = \"string\" or $type($b) = \"string\") ? $playbookJoin($a, $b) : $a + $b }; ");
        }
        return "{% " + (helpers.length() == 0 ? jsonata : "(" + helpers + jsonata + ")") + " %}";
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String field(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "`" + name.replace("`", "") + "`";
    }

    /** One expression's translation; knows its source for positions. */
    private final class Translation {

        private final Expression source;

        Translation(Expression source) {
            this.source = source;
        }

        String of(ExpressionTree tree) {
            if (tree instanceof Literal l) {
                return literal(l.value());
            }
            if (tree instanceof Path p) {
                return path(p);
            }
            if (tree instanceof ExpressionTree.Access a) {
                return "(" + of(a.target()) + ")" + segments(a.segments());
            }
            if (tree instanceof ExpressionTree.Not n) {
                return "$not(" + of(n.operand()) + ")";
            }
            if (tree instanceof ExpressionTree.Negate n) {
                return "-(" + of(n.operand()) + ")";
            }
            if (tree instanceof Conditional c) {
                return "(" + of(c.condition()) + " ? " + of(c.then()) + " : " + of(c.otherwise()) + ")";
            }
            if (tree instanceof Binary b) {
                return binary(b);
            }
            if (tree instanceof Call c) {
                return call(c);
            }
            if (tree instanceof ExpressionTree.ListLiteral l) {
                return l.items().stream().map(this::of).collect(Collectors.joining(", ", "[", "]"));
            }
            if (tree instanceof ExpressionTree.MapLiteral m) {
                return m.entries().stream().map(e -> of(e.key()) + ": " + of(e.value())).collect(Collectors.joining(", ", "{", "}"));
            }
            ExpressionTree.Other other = (ExpressionTree.Other) tree;
            return unsupported(other.column(), "a " + other.what() + " has no JSONata translation", "compare with ==, in a list with =~ [...], or compute the value in an earlier step");
        }

        private String literal(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                return string(s);
            }
            return String.valueOf(value);
        }

        private String path(Path p) {
            List<Segment> rest = p.segments();
            switch (p.root()) {
                case "inputs":
                    return "$inputs" + segments(rest);
                case "vars":
                    return "$vars" + segments(rest);
                case "steps":
                    if (!rest.isEmpty() && rest.get(0) instanceof Field f) {
                        return "$" + names.stepVariable(f.name()) + segments(rest.subList(1, rest.size()));
                    }
                    return unsupported(p.column(), "`steps` read without a step id", "name the step: steps.<id>.result");
                case "result":
                    if (resultOf != null) {
                        return "$" + names.stepVariable(resultOf) + ".result" + segments(rest);
                    }
                    return unsupported(p.column(), "`result` outside expect and until", "read steps.<id>.result");
                case "run":
                    if (rest.size() == 1 && rest.get(0) instanceof Field f && f.name().equals("id")) {
                        return "$states.context.Execution.Name";
                    }
                    if (rest.size() == 1 && rest.get(0) instanceof Field f && f.name().equals("started")) {
                        return "$states.context.Execution.StartTime";
                    }
                    return unsupported(p.column(), "`" + source.source().substring(p.column()).split("[^A-Za-z0-9_.]")[0]
                            + "` has no Step Functions counterpart", "use run.id or run.started");
                default:
                    return unsupported(p.column(), "`" + p.root() + "` is not readable in a state machine",
                            "read inputs, vars, steps, run or result");
            }
        }

        private String segments(List<Segment> segments) {
            StringBuilder out = new StringBuilder();
            for (Segment s : segments) {
                if (s instanceof Field f) {
                    out.append('.').append(field(f.name()));
                } else {
                    out.append('[').append(of(((Index) s).index())).append(']');
                }
            }
            return out.toString();
        }

        private String binary(Binary b) {
            String l = of(b.left());
            String r = of(b.right());
            return switch (b.operator()) {
                case EQ -> "(" + l + " = " + r + ")";
                case NE -> "(" + l + " != " + r + ")";
                case LT -> "(" + l + " < " + r + ")";
                case LE -> "(" + l + " <= " + r + ")";
                case GT -> "(" + l + " > " + r + ")";
                case GE -> "(" + l + " >= " + r + ")";
                case AND -> "(" + l + " and " + r + ")";
                case OR -> "(" + l + " or " + r + ")";
                case SUB -> "(" + l + " - " + r + ")";
                case MUL -> "(" + l + " * " + r + ")";
                case DIV -> "($l := " + l + "; $r := " + r + "; ($l = $floor($l) and $r = $floor($r)) ? ($q := $l / $r; $q < 0 ? $ceil($q) : $floor($q)) : $l / $r)";
                case MOD -> "(" + l + " % " + r + ")";
                case ADD -> add(b, l, r);
                case DEFAULT -> "(($exists(" + l + ") and " + l + " != null) ? " + l + " : " + r + ")";
                case STARTS_WITH -> "($substring(" + l + ", 0, $length(" + r + ")) = " + r + ")";
                case ENDS_WITH -> "($length(" + l + ") >= $length(" + r + ") and $substring(" + l + ", $length(" + l + ") - $length(" + r + ")) = " + r + ")";
                case MATCHES -> matches(b, l, r);
                case NOT_MATCHES -> "$not(" + matches(b, l, r) + ")";
            };
        }

        /** JEXL's + joins when either side is a string; JSONata has & for that. (Division of whole numbers is whole in JEXL, above.) */
        private String add(Binary b, String l, String r) {
            if (names.isText(b.left()) || names.isText(b.right())) {
                return "($playbookJoin(" + l + ", " + r + "))";
            }
            if (names.isNumber(b.left()) && names.isNumber(b.right())) {
                return "(" + l + " + " + r + ")";
            }
            return "($playbookPlus(" + l + ", " + r + "))";
        }

        private String matches(Binary b, String l, String r) {
            if (b.right() instanceof ExpressionTree.ListLiteral || b.right() instanceof Path) {
                return "(" + l + " in " + r + ")";
            }
            if (b.right() instanceof Literal lit && lit.value() instanceof String regex) {
                return "$contains($string(" + l + "), /^(?:" + regex.replace("/", "\\/") + ")$/)";
            }
            return unsupported(b.right().column(), "`=~` with a computed pattern", "write the pattern as a string literal or match against a list");
        }

        private String call(Call c) {
            String key = (c.namespace() == null ? "" : c.namespace() + ":") + c.name();
            List<ExpressionTree> args = c.arguments();
            switch (key) {
                case "size":
                    return "($v := " + of(args.get(0)) + "; $type($v) = \"string\" ? $length($v) : $type($v) = \"object\" ? $count($keys($v)) : $count($v))";
                case "empty":
                    return "($v := " + of(args.get(0)) + "; $not($exists($v)) or $v = null or $v = \"\" or ($type($v) = \"array\" and $count($v) = 0) or ($type($v) = \"object\" and $count($keys($v)) = 0))";
                case "time:now":
                    return "$now()";
                case "time:epoch":
                    return "$floor($millis() / 1000)";
                case "time:ago":
                    Optional<Duration> ago = args.size() == 1 && args.get(0) instanceof Literal l && l.value() instanceof String s
                            ? Durations.parse(s) : Optional.empty();
                    if (ago.isPresent()) {
                        return "$fromMillis($millis() - " + ago.get().toMillis() + ")";
                    }
                    return unsupported(c.column(), "time:ago with a computed duration", "write the duration as a literal, time:ago('15m')");
                case "list:count":
                    if (args.size() == 2 && args.get(1) instanceof ExpressionTree.MapLiteral m
                            && m.entries().stream().allMatch(e -> e.key() instanceof Literal k && k.value() instanceof String)) {
                        String filter = m.entries().stream()
                                .map(e -> field((String) ((Literal) e.key()).value()) + " = " + of(e.value()))
                                .collect(Collectors.joining(" and "));
                        return "$count((" + of(args.get(0)) + ")[" + filter + "])";
                    }
                    return unsupported(c.column(), "list:count with computed field names", "give the fields as a map literal, {'LifecycleState': 'InService'}");
                default:
                    return unsupported(c.column(), "`" + key + "()` has no JSONata translation", "use size, empty, time:now, time:ago, time:epoch or list:count");
            }
        }

        private String unsupported(int column, String message, String hint) {
            return problems.expression(source, column, message, hint);
        }
    }
}
