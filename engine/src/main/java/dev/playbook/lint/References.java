package dev.playbook.lint;

import dev.playbook.expr.ExpressionEngine;
import dev.playbook.model.Expression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the variable paths an expression reads together with their offsets. JEXL knows which
 * variables an expression reads ({@link ExpressionEngine#variables}) but not where they are, so
 * this scanner finds the places and JEXL's answer filters them: a name the scanner mistakes for a
 * variable (a map key, a keyword) is dropped because JEXL does not list it.
 */
public final class References {

    private static final Set<String> WORDS = Set.of("true", "false", "null", "empty", "size", "and", "or", "not",
            "eq", "ne", "lt", "le", "gt", "ge", "div", "mod", "new", "var", "function", "return", "if", "else",
            "for", "while", "do", "continue", "break", "NaN");

    private References() {
    }

    /** The references of an expression that compiled; an expression that does not compile has none (the loader reported it). */
    public static List<Reference> of(Expression expression) {
        Set<String> roots = new HashSet<>();
        try {
            ExpressionEngine.get().variables(expression).forEach(path -> roots.add(path.get(0)));
        } catch (RuntimeException doesNotCompile) {
            return List.of();
        }
        List<Reference> out = new ArrayList<>();
        for (Reference r : scan(expression.source())) {
            if (roots.contains(r.root())) {
                out.add(r);
            }
        }
        return out;
    }

    static List<Reference> scan(String s) {
        List<Reference> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(s, i);
            } else if (identifierStart(c) && (i == 0 || !continuesName(s.charAt(i - 1)))) {
                int end = identifierEnd(s, i);
                String name = s.substring(i, end);
                if (WORDS.contains(name) || isCall(s, end)) {
                    i = end;
                } else {
                    i = path(s, i, name, out);
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** Reads {@code root.a?.b['c'][0]} from {@code start}; returns where scanning goes on. */
    private static int path(String s, int start, String root, List<Reference> out) {
        List<String> segments = new ArrayList<>();
        boolean safe = false;
        int j = start + root.length();
        while (j < s.length()) {
            if (s.startsWith("?.", j) && j + 2 < s.length() && identifierStart(s.charAt(j + 2))) {
                safe = true;
                int end = identifierEnd(s, j + 2);
                segments.add(s.substring(j + 2, end));
                j = end;
            } else if (s.charAt(j) == '.' && j + 1 < s.length() && identifierStart(s.charAt(j + 1))) {
                int end = identifierEnd(s, j + 1);
                segments.add(s.substring(j + 1, end));
                j = end;
            } else if (s.charAt(j) == '[') {
                int close = literalIndexEnd(s, j);
                if (close < 0) {
                    // A computed index such as steps[inputs.name]: the path ends here and the
                    // scanner goes on inside the brackets.
                    break;
                }
                String inside = s.substring(j + 1, close).strip();
                segments.add(Character.isDigit(inside.charAt(0)) ? inside : inside.substring(1, inside.length() - 1));
                j = close + 1;
            } else {
                break;
            }
        }
        int after = j;
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        boolean coalesced = s.startsWith("??", after) || s.startsWith("?:", after);
        out.add(new Reference(root, segments, start, s.substring(start, j), safe, coalesced));
        return j;
    }

    /** The closing bracket of {@code [0]} or {@code ['name']}; -1 for any other index. */
    private static int literalIndexEnd(String s, int open) {
        int close = s.indexOf(']', open);
        if (close < 0) {
            return -1;
        }
        String inside = s.substring(open + 1, close).strip();
        if (inside.matches("[0-9]+") || inside.matches("'[^'\\\\]*'|\"[^\"\\\\]*\"")) {
            return close;
        }
        return -1;
    }

    /** A function call {@code f(...)} or a namespace call {@code ns:f(...)}, not a variable. */
    private static boolean isCall(String s, int end) {
        int j = end;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '(') {
            return true;
        }
        if (end + 1 < s.length() && s.charAt(end) == ':' && identifierStart(s.charAt(end + 1))) {
            int k = identifierEnd(s, end + 1);
            return k < s.length() && s.charAt(k) == '(';
        }
        return false;
    }

    private static int skipString(String s, int open) {
        char quote = s.charAt(open);
        int j = open + 1;
        while (j < s.length() && s.charAt(j) != quote) {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    private static int identifierEnd(String s, int start) {
        int j = start;
        while (j < s.length() && continuesName(s.charAt(j)) && s.charAt(j) != '.') {
            j++;
        }
        return j;
    }

    private static boolean identifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    /** Characters that make a name part of a longer token: letters, digits, _, $, and the dot of a path. */
    private static boolean continuesName(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }
}
