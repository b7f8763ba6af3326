package dev.playbook.lint;

import dev.playbook.diag.Severity;
import java.util.List;

/** The reports of one lint invocation with the rules that ran, for the output formats. */
public record LintResults(List<FileReport> files, List<Rule> rules) {

    public LintResults {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public long suppressed() {
        return files.stream().mapToLong(FileReport::suppressed).sum();
    }

    /** Errors fail the check; with {@code strict}, warnings do too. */
    public boolean failed(boolean strict) {
        return count(Severity.ERROR) > 0 || strict && count(Severity.WARNING) > 0;
    }

    /** {@code 6 files linted: 2 errors, 1 warning (3 suppressed)}, or {@code ...: no problems}. */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long infos = count(Severity.INFO);
        StringBuilder out = new StringBuilder().append(files.size()).append(files.size() == 1 ? " file" : " files").append(" linted: ");
        if (errors + warnings + infos == 0) {
            out.append("no problems");
        } else {
            out.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
            if (infos > 0) {
                out.append(", ").append(plural(infos, "note"));
            }
        }
        if (suppressed() > 0) {
            out.append(" (").append(suppressed()).append(" suppressed)");
        }
        return out.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
