package dev.playbook.lint;

import dev.playbook.load.SourceFile;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where things are in a playbook's text. The model keeps the positions the executor needs (steps,
 * ids, actions, expressions) but not those of every key; lint points at the exact node — the
 * {@code timeout:} value, the input's name — so it indexes every mapping of the YAML tree the
 * loader composed (the file is not parsed again) by where it starts, which is the position the
 * model records.
 */
public final class SourceIndex {

    /** One key of a mapping: where the key and its value are, and the last line the value spans. */
    public record Entry(SourcePos keyPos, SourcePos valuePos, int lastLine) {
    }

    private final SourceFile source;
    private final int[] lineStarts;
    private final Map<String, Map<String, Entry>> mappings = new HashMap<>();
    private final Map<String, Integer> lastLines = new HashMap<>();
    private final Node root;

    /** The index of a file's text and the YAML tree the loader composed from it. */
    public SourceIndex(SourceFile source, Node root) {
        this.source = source;
        this.lineStarts = lineStarts(source.text());
        this.root = root;
        index(root);
    }

    /** The entry {@code key} of the mapping that starts at {@code mapping}. */
    public Optional<Entry> entry(SourcePos mapping, String key) {
        Map<String, Entry> entries = mappings.get(key(mapping));
        return Optional.ofNullable(entries == null ? null : entries.get(key));
    }

    /**
     * The entry at a path of keys from the top of the document, such as {@code inputs, db_password}:
     * one hash lookup per key (each entry's value position is where its own mapping is indexed).
     */
    public Optional<Entry> entry(String... path) {
        SourcePos at = pos(root);
        Entry found = null;
        for (String key : path) {
            Map<String, Entry> entries = mappings.get(key(at));
            found = entries == null ? null : entries.get(key);
            if (found == null) {
                return Optional.empty();
            }
            at = found.valuePos();
        }
        return Optional.ofNullable(found);
    }

    /** The last line of the node that starts at {@code start}, or its first line when unknown. */
    public int lastLine(SourcePos start) {
        return lastLines.getOrDefault(key(start), start.line());
    }

    /**
     * Where a token of an expression is in the file. Offsets inside a YAML scalar map to columns
     * only for simple one-line styles, so instead the token is found in the text itself: the n-th
     * occurrence after the expression's start, n counted within the expression. That holds for
     * plain, quoted, folded and literal scalars alike.
     */
    public SourcePos locate(Expression expression, int offset, String token) {
        String text = source.text();
        String expr = expression.source();
        int occurrence = 0;
        for (int at = expr.indexOf(token); at >= 0 && at < offset; at = expr.indexOf(token, at + 1)) {
            occurrence++;
        }
        int from = absolute(expression.pos());
        int found = from < 0 ? -1 : text.indexOf(token, from);
        for (int n = 0; n < occurrence && found >= 0; n++) {
            found = text.indexOf(token, found + 1);
        }
        if (found < 0) {
            return expr.indexOf('\n') < 0 ? expression.pos().shift(0, offset) : expression.pos();
        }
        return position(found);
    }

    /** Where {@code token} first appears at or after {@code from}; {@code from} itself when it does not. */
    public SourcePos find(SourcePos from, String token) {
        int start = absolute(from);
        int found = start < 0 ? -1 : source.text().indexOf(token, start);
        return found < 0 ? from : position(found);
    }

    private void index(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Entry> entries = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node value = tuple.getValueNode();
                    entries.putIfAbsent(key.getValue(), new Entry(pos(key), pos(value), lastLine(value)));
                }
                index(tuple.getValueNode());
            }
            mappings.put(key(pos(mapping)), entries);
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::index);
        }
        lastLines.putIfAbsent(key(pos(node)), lastLine(node));
    }

    /**
     * The end mark of a block node is where the next token starts, often column 0 of the line
     * after it, which does not belong to the node.
     */
    private static int lastLine(Node node) {
        Optional<Mark> end = node.getEndMark();
        int startLine = node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
        return end.map(m -> Math.max(startLine, m.getColumn() == 0 ? m.getLine() : m.getLine() + 1)).orElse(startLine);
    }

    private SourcePos pos(Node node) {
        return node.getStartMark().map(m -> new SourcePos(source.name(), m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePos.of(source.name()));
    }

    private static String key(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }

    private int absolute(SourcePos pos) {
        if (pos.line() < 1 || pos.line() > lineStarts.length) {
            return -1;
        }
        return lineStarts[pos.line() - 1] + pos.column() - 1;
    }

    private SourcePos position(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePos(source.name(), line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }
}
