package dev.playbook.lint;

import java.util.List;

/**
 * One variable path an expression reads, such as {@code steps.promote.result.DBInstance}, with
 * where it starts in the expression source so a diagnostic can point under it.
 *
 * @param root         the variable: {@code inputs}, {@code vars}, {@code steps}, {@code run}, ...
 * @param path         the names after the root ({@code [promote, result, DBInstance]}); indexes
 *                     such as {@code [0]} are kept as their digits
 * @param offset       where the root starts in the expression source
 * @param text         the path as written ({@code steps.promote?.result})
 * @param safe         whether it reads through {@code ?.}, which yields null instead of failing
 * @param coalesced    whether it is the left side of {@code ??} or {@code ?:}, which supplies a fallback
 */
public record Reference(String root, List<String> path, int offset, String text, boolean safe, boolean coalesced) {

    public Reference {
        path = List.copyOf(path);
    }

    /** The n-th name after the root, or null when the path is shorter. */
    public String segment(int n) {
        return n < path.size() ? path.get(n) : null;
    }

    /** Reads that cannot fail on a missing value: {@code a?.b} and {@code a.b ?? fallback}. */
    public boolean guarded() {
        return safe || coalesced;
    }
}
