package dev.playbook.sim.scenario;

import dev.playbook.diag.Diagnostics;
import dev.playbook.diag.Suggest;
import dev.playbook.model.Durations;
import dev.playbook.model.SourcePos;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reads of a scenario's YAML nodes. Every problem is collected with its position (the
 * loader reports them all at once, as the playbook loader does); a read that fails returns
 * empty so that reading can go on.
 */
final class Nodes {

    static final String KEY = "scenario-key";
    static final String VALUE = "scenario-value";

    private final String file;
    private final Diagnostics diagnostics;
    /** Nodes visited, aliases counted each time they are used: the same budget as every other file. */
    private int visited;

    Nodes(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    SourcePos pos(Node node) {
        return node.getStartMark().map(m -> new SourcePos(file, m.getLine() + 1, m.getColumn() + 1)).orElse(SourcePos.of(file));
    }

    void error(Node node, String id, String message, String hint) {
        diagnostics.error(pos(node), id, message, hint);
    }

    /** The entries of a mapping, with unknown and duplicate keys reported (keys keep their nodes for positions). */
    Optional<Map<String, Entry>> mapping(Node node, String what, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, VALUE, what + " must be a mapping", null);
            return Optional.empty();
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(tuple.getKeyNode(), KEY, "keys of " + what + " must be plain words", null);
                continue;
            }
            String key = keyNode.getValue();
            if (allowed != null && !allowed.contains(key)) {
                error(keyNode, KEY, "unknown key `" + key + "` in " + what + Suggest.didYouMean(key, allowed),
                        "keys here: " + String.join(", ", allowed));
                continue;
            }
            if (out.containsKey(key)) {
                error(keyNode, KEY, "duplicate key `" + key + "` in " + what, null);
                continue;
            }
            out.put(key, new Entry(keyNode, tuple.getValueNode()));
        }
        return Optional.of(out);
    }

    /** The value of {@code key} in a mapping, without reporting anything (to decide how to read the rest). */
    Optional<Node> peek(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    /** A key and its value, for positions of both. */
    record Entry(Node key, Node value) {
    }

    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        error(node, VALUE, what + " must be a list", null);
        return List.of();
    }

    Optional<String> string(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        error(node, VALUE, what + " must be a single value", null);
        return Optional.empty();
    }

    /** A duration such as {@code 30s}, {@code -30m} or {@code 1h30m}; negative only when {@code signed}. */
    Optional<Duration> duration(Node node, String what, boolean signed) {
        Optional<String> text = string(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().strip();
        boolean negative = signed && value.startsWith("-");
        Optional<Duration> parsed = Durations.parse(negative ? value.substring(1) : value);
        if (parsed.isEmpty()) {
            error(node, VALUE, what + ": `" + value + "` is not a duration", signed ? "write 0s, 90s, 5m, 1h30m, or -30m for before the run" : "write 30s, 5m, 1h30m");
            return Optional.empty();
        }
        return Optional.of(negative ? parsed.get().negated() : parsed.get());
    }

    Optional<Double> number(Node node, String what, double min, double max) {
        return ranged(node, what, Double::parseDouble, min, max, "a number from " + format(min) + " to " + format(max));
    }

    /** A whole number: a count of things, where 1.5 would be a mistake rather than 1. */
    Optional<Integer> integer(Node node, String what, int min, int max) {
        return ranged(node, what, Integer::parseInt, min, max, "a whole number from " + min + " to " + max);
    }

    private <T extends Comparable<T>> Optional<T> ranged(Node node, String what, Function<String, T> parse, T min, T max, String expected) {
        Optional<String> text = string(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            T value = parse.apply(text.get());
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range expected.
        }
        error(node, VALUE, what + " must be " + expected, null);
        return Optional.empty();
    }

    /** YAML's true or false; anything else (yes, "true", 1) is reported rather than read as false. */
    Optional<Boolean> bool(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue()));
        }
        error(node, VALUE, what + " must be true or false", null);
        return Optional.empty();
    }

    /** Thrown when aliases make the document larger than the loader's node budget. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** The node as a plain tree: maps, lists, strings, Long, Double, Boolean, null. */
    Object plain(Node node) {
        if (++visited > dev.playbook.load.Limits.MAX_NODES) {
            throw new BudgetExceeded();
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                out.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
            }
            return out;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>();
            sequence.getValue().forEach(item -> out.add(plain(item)));
            return out;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue());
        }
        if (tag.equals(Tag.INT)) {
            try {
                return Long.parseLong(scalar.getValue());
            } catch (NumberFormatException e) {
                return scalar.getValue();
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(scalar.getValue());
            } catch (NumberFormatException e) {
                return scalar.getValue();
            }
        }
        return scalar.getValue();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
