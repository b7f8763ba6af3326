package dev.playbook.model;

/**
 * The one sanitizer for strings from outside (titles, log messages, command output, AWS
 * answers, file content in diagnostics) on their way to a terminal. A terminal obeys what it is
 * sent, so a raw carriage return or escape sequence in a value could clear the screen, retitle
 * the window or overwrite a line with a fake {@code ✓ all good}; a raw newline could start a
 * line that reads as the runner's own. Such characters are shown escaped instead ({@code \e[2J},
 * {@code \r}, {@code \n}, {@code \x07}, {@code \u202e}): C0 and C1 controls, DEL, and the
 * Unicode format characters that reorder or hide text (bidi overrides and isolates, line and
 * paragraph separators). JSON output does not use this: its writer escapes the exact characters.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** One line: every control character escaped, newlines included. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** Several lines: newlines kept, every other control character escaped. */
    public static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepNewlines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = (c == '\n' && keepNewlines) || c == '\t' ? null : replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\u001b' -> "\\e";
            default -> unsafe(c) ? (c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c)) : null;
        };
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
