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
        if ((style == ScalarStyle.PLAIN || quoted) && endLine == start.line()) {
            int shift = quoted ? 1 : 0;
            return offset -> start.shift(0, shift + offset);
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
                int indent = sourceLine - 1 < lines.size() ? indentOf(lines.get(sourceLine - 1)) : 0;
                return new SourcePos(file, sourceLine, indent + (offset - lineStart) + 1);
            };
        }
        return offset -> start;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
