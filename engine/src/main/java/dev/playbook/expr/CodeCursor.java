package dev.playbook.expr;

/**
 * Walks expression text character by character, stepping over string literals (and the escapes
 * inside them), so that brackets, braces and operators are only seen where they are code.
 * Every pass that counts nesting before JEXL parses — templates, the sandbox's shape check,
 * lint's splitting of conditions — needs the same notion of "inside a string".
 */
public final class CodeCursor {

    private final String text;
    private final String quotes;
    private int index;

    /** {@code quotes} are the characters that open and close a string literal. */
    public CodeCursor(String text, int from, String quotes) {
        this.text = text;
        this.quotes = quotes;
        this.index = from;
    }

    /** The index of the next character outside string literals, or -1 at the end of the text. */
    public int next() {
        while (index < text.length()) {
            char c = text.charAt(index);
            if (quotes.indexOf(c) < 0) {
                return index++;
            }
            index = closingQuote(c, index + 1) + 1;
        }
        return -1;
    }

    private int closingQuote(char quote, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }
}
