package dev.playbook.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CodeCursor: the characters of an expression that are code, not string literal")
class CodeCursorTest {

    /** The characters the cursor visits, in order. */
    private static String visited(String text, String quotes) {
        return visited(text, 0, quotes);
    }

    private static String visited(String text, int from, String quotes) {
        StringBuilder out = new StringBuilder();
        CodeCursor code = new CodeCursor(text, from, quotes);
        for (int i = code.next(); i >= 0; i = code.next()) {
            out.append(text.charAt(i));
        }
        return out.toString();
    }

    @Test
    @DisplayName("string literals, with their escapes, are stepped over")
    void stepsOverStringLiterals() {
        assertEquals("a ==  && c", visited("a == 'b)' && c", "'\""));
        assertEquals("f(, x)", visited("f(\"{\", x)", "'\""));
        assertEquals(" + (y)", visited("'it\\'s (' + (y)", "'\""));
    }

    @Test
    @DisplayName("an unclosed string literal runs to the end of the text")
    void anUnclosedLiteralRunsToTheEnd() {
        assertEquals("x + ", visited("x + 'never closed (", "'\""));
    }

    @Test
    @DisplayName("which characters quote is the caller's: templates treat backticks as strings, the sandbox check does not")
    void quotesAreTheCallers() {
        assertEquals("x =~ `a(` || z", visited("x =~ `a(` || z", "'\""));
        assertEquals("x =~  || z", visited("x =~ `a(` || z", "'\"`"));
    }

    @Test
    @DisplayName("it can start inside the text, as a template's ${ does")
    void startsWhereTold() {
        assertEquals("b}", visited("a${'}'b}", 3, "'\""));
    }
}
