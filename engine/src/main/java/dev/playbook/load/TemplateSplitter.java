package dev.playbook.load;

import dev.playbook.expr.CodeCursor;
import dev.playbook.expr.ExpressionError;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Splits a string into literal text and {@code ${...}} interpolations. {@code $${} is a literal
 * {@code ${}. Braces and quotes inside an interpolation are balanced, so map literals and
 * strings containing braces work.
 */
final class TemplateSplitter {

    private TemplateSplitter() {
    }

    /** @param positionAt the source position of a character offset of {@code raw} */
    static Template split(String raw, IntFunction<SourcePos> positionAt) {
        List<Template.Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            if (raw.startsWith("$${", i)) {
                literal.append("${");
                i += 3;
            } else if (raw.startsWith("${", i)) {
                int end = closingBrace(raw, i + 2);
                if (end < 0) {
                    throw new ExpressionError(positionAt.apply(i), "expression-syntax", "unterminated `${` in `" + raw + "`",
                            "close it with `}`, or write `$${` for a literal `${`");
                }
                if (literal.length() > 0) {
                    parts.add(new Template.Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Template.Interpolation(new Expression(raw.substring(i + 2, end), positionAt.apply(i + 2))));
                i = end + 1;
            } else {
                literal.append(raw.charAt(i));
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Template.Literal(literal.toString()));
        }
        return new Template(raw, parts, positionAt.apply(0));
    }

    private static int closingBrace(String raw, int from) {
        int depth = 0;
        CodeCursor code = new CodeCursor(raw, from, "'\"`");
        for (int j = code.next(); j >= 0; j = code.next()) {
            char c = raw.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        return -1;
    }
}
