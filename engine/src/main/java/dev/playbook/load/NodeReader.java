package dev.playbook.load;

import dev.playbook.diag.Diagnostics;
import dev.playbook.diag.Suggest;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.format.FieldSpec;
import dev.playbook.format.FieldType;
import dev.playbook.format.FormatV1;
import dev.playbook.format.ObjectSpec;
import dev.playbook.model.Durations;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML nodes into typed values, reporting every mismatch with its position and going on,
 * so one pass finds all the mistakes of a file. Returns null where a value could not be read.
 * Every file format (playbooks, worlds, scenarios, lint configuration) is read through it, so
 * all of them share its messages and its node budget.
 */
public final class NodeReader {

    private static final Pattern IDENTIFIER = Pattern.compile(FieldType.IDENTIFIER_PATTERN);
    private static final Pattern NAME = Pattern.compile(FieldType.NAME_PATTERN);

    private final SourceFile source;
    private final List<String> lines;
    private final Diagnostics diagnostics;
    private int nodesVisited;
    /** The key each checked value was found under, so type errors can name it. */
    private final Map<Node, String> keys = new java.util.IdentityHashMap<>();

    NodeReader(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.lines = source.lines();
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public SourcePos pos(Node node) {
        return node.getStartMark().map(m -> YamlDocument.at(source.name(), m)).orElse(SourcePos.of(source.name()));
    }

    public void error(SourcePos pos, String id, String message, String hint) {
        diagnostics.error(pos, id, message, hint);
    }

    /** Checks a mapping against its spec: unknown, duplicate, missing and mutually exclusive keys. */
    public Fields fields(Node node, ObjectSpec spec, String what) {
        if (!(node instanceof MappingNode mapping)) {
            wrongType(node, "a mapping");
            return null;
        }
        visit();
        Fields fields = new Fields(spec, pos(node));
        Map<String, SourcePos> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode());
            if (key == null) {
                continue;
            }
            SourcePos keyPos = pos(tuple.getKeyNode());
            if (seen.containsKey(key)) {
                error(keyPos, "duplicate-key", "duplicate key `" + key + "` in " + what,
                        "the first is at line " + seen.get(key).line() + "; YAML keeps only one of them");
                continue;
            }
            seen.put(key, keyPos);
            if (spec.field(key).isEmpty()) {
                error(keyPos, "unknown-key", "unknown key `" + key + "` in " + what + Suggest.didYouMean(key, spec.keys()),
                        "allowed keys: " + String.join(", ", spec.keys()));
                continue;
            }
            fields.put(key, keyPos, tuple.getValueNode());
            keys.put(tuple.getValueNode(), key);
        }
        checkPresence(fields, spec, what);
        return fields;
    }

    private void checkPresence(Fields fields, ObjectSpec spec, String what) {
        for (FieldSpec field : spec.fields()) {
            if (field.required() && !fields.has(field.name())) {
                error(fields.pos(), "missing-field", what + " has no `" + field.name() + "`", field.description());
            }
            if (field.nonEmpty() && fields.node(field.name()) instanceof SequenceNode list && list.getValue().isEmpty()) {
                error(pos(list), "bad-value", "`" + field.name() + "` of " + what + " is empty",
                        "give it at least one item; an empty list would pass every check and do nothing");
            }
        }
        spec.requiredUnless().forEach((key, unless) -> {
            if (!fields.has(key) && !fields.has(unless)) {
                error(fields.pos(), "missing-field", what + " has no `" + key + "`", spec.field(key).orElseThrow().description());
            }
        });
        if (!spec.exactlyOneOf().isEmpty()) {
            List<String> present = spec.exactlyOneOf().stream().filter(fields::has).toList();
            boolean step = spec == FormatV1.STEP;
            boolean criterion = spec == FormatV1.CRITERION;
            if (present.isEmpty()) {
                error(fields.pos(), step ? "step-kind" : criterion ? "criterion-kind" : "missing-field", what + " has none of " + String.join(", ", spec.exactlyOneOf()),
                        step ? "a step is exactly one of: `action:` (call), `wait:` (poll), `verify:` (assert), `manual:` (a person), `parallel:` (branches)"
                                : criterion ? "a criterion is exactly one of: `within:` (time limit), `succeeded:` (steps), `error_rate:` (ceiling), `end_state:` (check)"
                                : "give exactly one of them");
            } else if (present.size() > 1) {
                error(fields.keyPos(present.get(1)), step ? "step-kind" : criterion ? "criterion-kind" : "unknown-key",
                        what + " has both `" + present.get(0) + "` and `" + present.get(1) + "`",
                        step ? "split it into two steps" : criterion ? "split it into two criteria" : "keep one of them");
            }
        }
        spec.dependentRequired().forEach((key, needs) -> {
            if (fields.has(key) && !fields.has(needs)) {
                error(fields.keyPos(key), "unknown-key", "`" + key + "` is only allowed with `" + needs + "`",
                        spec == FormatV1.STEP ? "move it into the `" + needs + "` step, or remove it" : "add `" + needs + "`, or remove it");
            }
        });
    }

    private String keyText(Node key) {
        if (key instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
            return scalar.getValue();
        }
        error(pos(key), "wrong-type", "keys must be strings", "quote the key");
        return null;
    }

    public List<Node> list(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            wrongType(node, "a list");
            return List.of();
        }
        visit();
        return sequence.getValue();
    }

    /** Entries of a mapping whose keys are identifiers (inputs, vars). */
    public Map<String, Node> identifierMap(Node node, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode mapping)) {
            wrongType(node, "a mapping");
            return out;
        }
        visit();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode());
            if (key == null) {
                continue;
            }
            if (out.containsKey(key)) {
                error(pos(tuple.getKeyNode()), "duplicate-key", "duplicate key `" + key + "` in " + what, null);
            } else if (!IDENTIFIER.matcher(key).matches()) {
                badIdentifier(pos(tuple.getKeyNode()), key);
            } else {
                out.put(key, tuple.getValueNode());
            }
        }
        return out;
    }

    public String string(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
            visit();
            return scalar.getValue();
        }
        wrongType(node, "a string");
        return null;
    }

    public List<String> strings(Node node, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : list(node, what)) {
            String s = string(item);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    public String identifier(Node node) {
        String text = string(node);
        if (text != null && !IDENTIFIER.matcher(text).matches()) {
            badIdentifier(pos(node), text);
            return null;
        }
        return text;
    }

    public String name(Node node) {
        String text = string(node);
        if (text != null && !NAME.matcher(text).matches()) {
            error(pos(node), "bad-identifier", "`" + text + "` is not a valid name",
                    "use lowercase letters, digits and dashes, starting with a letter (`regional-failover`)");
            return null;
        }
        return text;
    }

    private void badIdentifier(SourcePos pos, String text) {
        String suggestion = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        error(pos, "bad-identifier", "`" + text + "` is not a valid identifier",
                "use lowercase letters, digits and `_`, starting with a letter, e.g. `" + suggestion + "`; ids are read in expressions as `steps.<id>`");
    }

    public Duration duration(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            error(pos(node), "bad-duration", "`" + scalar.getValue() + "` has no unit",
                    "write `" + scalar.getValue() + "s` for seconds or `" + scalar.getValue() + "m` for minutes");
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
            wrongType(node, "a duration such as 15m");
            return null;
        }
        String text = string(node);
        return Durations.parse(text).orElseGet(() -> {
            error(pos(node), "bad-duration", "`" + text + "` is not a duration", "use 30s, 5m, 1h30m, 250ms, 2d or ISO-8601 such as PT5M");
            return null;
        });
    }

    public LocalDate date(Node node) {
        String text = string(node);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(pos(node), "bad-value", "`" + text + "` is not a date", "write dates as YYYY-MM-DD");
            return null;
        }
    }

    public Long integer(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            visit();
            try {
                return Long.decode(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                error(pos(node), "bad-value", "`" + scalar.getValue() + "` is out of range", null);
                return null;
            }
        }
        wrongType(node, "an integer");
        return null;
    }

    public Number number(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.FLOAT)) {
            visit();
            try {
                return Double.valueOf(scalar.getValue());
            } catch (NumberFormatException e) {
                error(pos(node), "bad-value", "`" + scalar.getValue() + "` is not a finite number", null);
                return null;
            }
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            return integer(node);
        }
        wrongType(node, "a number");
        return null;
    }

    public Boolean bool(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            visit();
            return Boolean.valueOf(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        wrongType(node, "true or false");
        return null;
    }

    public String oneOf(Node node, List<String> allowed) {
        String text = string(node);
        if (text != null && !allowed.contains(text)) {
            error(pos(node), "bad-value", "`" + text + "` is not one of " + String.join(", ", allowed) + Suggest.didYouMean(text, allowed), null);
            return null;
        }
        return text;
    }

    /** A bare expression; a boolean literal is accepted as the expression {@code true}/{@code false}. */
    Expression expression(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.STR) || scalar.getTag().equals(Tag.BOOL))) {
            visit();
            IntFunction<SourcePos> at = ScalarPositions.of(scalar, source.name(), lines);
            Expression expression = new Expression(scalar.getValue(), at.apply(0));
            check(expression, at, 0);
            return expression;
        }
        wrongType(node, "an expression (a string)");
        return null;
    }

    Template template(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
            wrongType(node, "a string");
            return null;
        }
        visit();
        IntFunction<SourcePos> at = ScalarPositions.of(scalar, source.name(), lines);
        try {
            Template template = TemplateSplitter.split(scalar.getValue(), at);
            int from = 0;
            for (Expression expression : template.expressions()) {
                int start = scalar.getValue().indexOf("${" + expression.source(), from) + 2;
                check(expression, at, start);
                from = start + expression.source().length();
            }
            return template;
        } catch (ExpressionError e) {
            error(e.pos(), e.id(), e.getMessage(), e.hint());
            return null;
        }
    }

    /** Compiles an expression that starts at {@code start} in a scalar, reporting errors at their token. */
    private void check(Expression expression, IntFunction<SourcePos> at, int start) {
        try {
            ExpressionEngine.get().compile(expression);
        } catch (ExpressionError e) {
            SourcePos pos = e.offset() < 0 ? e.pos() : at.apply(start + e.offset());
            error(pos, e.id(), e.getMessage(), e.hint());
        }
    }

    /** A YAML tree of parameters or var values, strings read as templates. */
    Value value(Node node) {
        visit();
        SourcePos pos = pos(node);
        if (node instanceof MappingNode mapping) {
            List<Value.Entry> entries = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyText(tuple.getKeyNode());
                if (key == null) {
                    continue;
                }
                SourcePos keyPos = pos(tuple.getKeyNode());
                if (seen.putIfAbsent(key, keyPos) != null) {
                    error(keyPos, "duplicate-key", "duplicate key `" + key + "`", "the first is at line " + seen.get(key).line());
                    continue;
                }
                entries.add(new Value.Entry(key, keyPos, value(tuple.getValueNode())));
            }
            return new Value.Mapping(entries, pos);
        }
        if (node instanceof SequenceNode sequence) {
            return new Value.Seq(sequence.getValue().stream().map(this::value).toList(), pos);
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.STR)) {
            Template template = template(scalar);
            return new Value.Text(template != null ? template : Template.literal(scalar.getValue(), pos));
        }
        return new Value.Scalar(plainScalar(scalar), pos);
    }

    Value.Mapping parameters(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode)) {
            wrongType(node, "a mapping of parameters");
            return null;
        }
        return (Value.Mapping) value(node);
    }

    /** A YAML tree as plain Java values (input defaults and enums). */
    public Object plain(Node node) {
        visit();
        if (node instanceof MappingNode mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyText(tuple.getKeyNode());
                if (key != null) {
                    out.put(key, plain(tuple.getValueNode()));
                }
            }
            return out;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>();
            sequence.getValue().forEach(n -> out.add(plain(n)));
            return out;
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.getTag().equals(Tag.STR) ? scalar.getValue() : plainScalar(scalar);
    }

    private Object plainScalar(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        try {
            if (tag.equals(Tag.INT)) {
                return Long.decode(text.replace("_", ""));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.valueOf(text);
            }
        } catch (NumberFormatException e) {
            error(pos(scalar), "bad-value", "`" + text + "` is out of range", null);
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        return text;
    }

    public void wrongType(Node node, String expected) {
        String key = keys.get(node);
        String subject = key == null ? "expected " : "`" + key + "` must be ";
        error(pos(node), "wrong-type", subject + expected + ", found " + describe(node), hintFor(node, expected));
    }

    private static String hintFor(Node node, String expected) {
        if (expected.startsWith("a string") && node instanceof ScalarNode) {
            return "quote the value to make it a string";
        }
        return null;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return "nothing (null)";
        }
        String kind = tag.equals(Tag.INT) ? "an integer" : tag.equals(Tag.FLOAT) ? "a number"
                : tag.equals(Tag.BOOL) ? "a boolean" : "a string";
        String value = scalar.getValue();
        return kind + " `" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "`";
    }

    private void visit() {
        nodesVisited++;
        if (nodesVisited > Limits.MAX_NODES) {
            throw new NodeBudgetExceeded();
        }
    }

    /** Thrown when aliases make the document larger than {@link Limits#MAX_NODES} nodes. */
    public static final class NodeBudgetExceeded extends RuntimeException {
        NodeBudgetExceeded() {
            super(null, null, false, false);
        }
    }
}
