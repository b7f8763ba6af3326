package dev.playbook.load;

import dev.playbook.model.SourcePos;
import java.util.List;
import java.util.function.IntFunction;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Maps a character offset inside a scalar's value back to the file, so that an error inside an
 * expression string points at the offending token. Exact for one-line plain and quoted scalars
 * without escapes and for literal blocks; other styles fall back to the scalar's start.
 */
final class ScalarPositions {

    private ScalarPositions() {
    }

    static IntFunction<SourcePos> of(ScalarNode node, String file, List<String> lines) {
        SourcePos start = node.getStartMark().map(m -> YamlDocument.at(file, m)).orElse(SourcePos.of(file));
        int endLine = node.getEndMark().map(m -> m.getLine() + 1).orElse(start.line());
        ScalarStyle style = node.getScalarStyle();
        boolean quoted = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED;
        if (style == ScalarStyle.PLAIN && endLine == start.line()) {
            return offset -> start.shift(0, offset);
        }
        if (quoted && endLine == start.line() && start.line() <= lines.size()) {
            String raw = lines.get(start.line() - 1);
            int opening = start.column() - 1;
            return offset -> start.shift(0, rawOffset(raw, opening, offset, style == ScalarStyle.DOUBLE_QUOTED));
        }
        if (style == ScalarStyle.LITERAL) {
            String value = node.getValue();
            return offset -> {
                int lineIndex = 0;
                int lineStart = 0;
                for (int i = 0; i < offset && i < value.length(); i++) {
                    if (value.charAt(i) == '\n') {
                        lineIndex++;
                        lineStart = i + 1;
                    }
                }
                int sourceLine = start.line() + 1 + lineIndex;
                return new SourcePos(file, sourceLine, blockIndent(lines, start.line()) + (offset - lineStart) + 1);
            };
        }
        return offset -> start;
    }

    /** Columns from the opening quote to the value's {@code offset}-th character, escapes counted as written. */
    private static int rawOffset(String raw, int opening, int offset, boolean doubleQuoted) {
        int at = opening + 1;
        for (int value = 0; value < offset && at < raw.length(); value++) {
            at += escapeLength(raw, at, doubleQuoted);
        }
        return at - opening;
    }

    private static int escapeLength(String raw, int at, boolean doubleQuoted) {
        char c = raw.charAt(at);
        if (!doubleQuoted) {
            return c == '\'' && at + 1 < raw.length() && raw.charAt(at + 1) == '\'' ? 2 : 1;
        }
        if (c != '\\' || at + 1 >= raw.length()) {
            return 1;
        }
        return switch (raw.charAt(at + 1)) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }

    /** A block scalar's indentation is that of its first non-blank line. */
    private static int blockIndent(List<String> lines, int headerLine) {
        for (int i = headerLine; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return indentOf(lines.get(i));
            }
        }
        return 0;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
