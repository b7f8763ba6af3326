package dev.playbook.lint;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # playbook-lint: ignore[ID,...] reason} comments of one file. A comment after code
 * covers its own line. A comment on a line of its own covers the next line that is not a comment;
 * when that line starts a step, it covers the whole step (a parallel block with its branches).
 */
final class Suppressions {

    /** The comment must start at a line start or after a space, so a `#` inside a URL is not one. */
    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#\\s*playbook-lint:\\s*ignore\\[([^\\]]*)\\](.*)$");

    /** One id of one comment, the lines it covers, and the reason written after the ids. */
    static final class Suppression {
        final String id;
        final SourcePos pos;
        final int firstLine;
        final int lastLine;
        final String reason;
        boolean used;

        Suppression(String id, SourcePos pos, int firstLine, int lastLine, String reason) {
            this.id = id;
            this.pos = pos;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
            this.reason = reason;
        }

        boolean covers(Diagnostic d) {
            return d.id().equals(id) && d.pos().line() >= firstLine && d.pos().line() <= lastLine;
        }
    }

    private final List<Suppression> items = new ArrayList<>();

    /**
     * @param stepLines for each step, its first and last line ({@code int[2]}), to widen a comment
     *                  above a step to the whole step
     */
    Suppressions(String file, List<String> lines, List<int[]> stepLines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COMMENT.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            int line = i + 1;
            int first = line;
            int last = line;
            if (lines.get(i).strip().startsWith("#")) {
                int next = i + 1;
                while (next < lines.size() && (lines.get(next).isBlank() || lines.get(next).strip().startsWith("#"))) {
                    next++;
                }
                first = next + 1;
                last = first;
                for (int[] step : stepLines) {
                    if (step[0] == first) {
                        last = Math.max(last, step[1]);
                    }
                }
            }
            int idsColumn = m.start(1) + 1;
            for (String id : m.group(1).split(",")) {
                String trimmed = id.strip();
                if (!trimmed.isEmpty()) {
                    int column = idsColumn + m.group(1).indexOf(trimmed);
                    items.add(new Suppression(trimmed, new SourcePos(file, line, column), first, last, m.group(2).strip()));
                }
            }
        }
    }

    /** The first suppression that covers the diagnostic, or null; marks every one that does as used. */
    Suppression covering(Diagnostic d) {
        Suppression first = null;
        for (Suppression s : items) {
            if (s.covers(d)) {
                s.used = true;
                first = first == null ? s : first;
            }
        }
        return first;
    }

    List<Suppression> all() {
        return items;
    }
}
