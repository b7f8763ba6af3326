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

    /** One id of one comment, and the lines it covers. */
    static final class Suppression {
        final String id;
        final SourcePos pos;
        final int firstLine;
        final int lastLine;
        boolean used;

        Suppression(String id, SourcePos pos, int firstLine, int lastLine) {
            this.id = id;
            this.pos = pos;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
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
                    items.add(new Suppression(trimmed, new SourcePos(file, line, column), first, last));
                }
            }
        }
    }

    /** Whether a suppression covers the diagnostic; marks the ones that do as used. */
    boolean suppresses(Diagnostic d) {
        boolean any = false;
        for (Suppression s : items) {
            if (s.covers(d)) {
                s.used = true;
                any = true;
            }
        }
        return any;
    }

    List<Suppression> all() {
        return items;
    }
}
