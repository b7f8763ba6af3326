package dev.playbook.verdict;

import dev.playbook.diag.Style;
import java.io.PrintWriter;
import java.util.List;

/** Prints a verdict's lines: mark, name, measured value against its limit, and what it rests on. */
public final class VerdictTable {

    private VerdictTable() {
    }

    public static void print(PrintWriter out, Style style, Verdict verdict) {
        List<CriterionResult> lines = verdict.results();
        int width = lines.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        int readingWidth = lines.stream().mapToInt(c -> c.reading().length()).max().orElse(0);
        for (CriterionResult c : lines) {
            String reading = c.wasMeasured() ? c.reading() : style.yellow(c.reading());
            out.println("  " + (c.passed() ? style.green("✓") : style.red("✗")) + " " + c.name() + " ".repeat(width - c.name().length())
                    + "  " + reading + " ".repeat(readingWidth - c.reading().length()) + "  " + style.dim(c.detail()));
        }
    }
}
