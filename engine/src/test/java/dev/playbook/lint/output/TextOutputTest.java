package dev.playbook.lint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.diag.Style;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintResults;
import dev.playbook.model.SourcePos;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text people read: the loader's format, coloured only on a terminal. */
class TextOutputTest {

    private static final LintResults RESULTS = new LintResults(List.of(FileReport.of("p.yaml",
            List.of(new Diagnostic(new SourcePos("p.yaml", 2, 5), Severity.WARNING, "wait-timeout", "no timeout", "add one")),
            List.of("wait:", "    every: 10s"), 1)), List.of());

    private static String write(Style style) {
        StringWriter out = new StringWriter();
        TextOutput.write(RESULTS, new PrintWriter(out), style);
        return out.toString();
    }

    @Test
    void plainTextShowsTheSourceLineACaretTheHintAndASummary() {
        assertEquals("""
                p.yaml:2:5: warning[wait-timeout]: no timeout
                  |     every: 10s
                  |     ^
                  = hint: add one
                1 file linted: 0 errors, 1 warning (1 suppressed)
                """, write(new Style(false)));
    }

    @Test
    void onATerminalThePositionSeverityAndSummaryAreColoured() {
        String coloured = write(new Style(true));
        assertTrue(coloured.startsWith("\u001b[1mp.yaml:2:5\u001b[0m: \u001b[33mwarning[wait-timeout]\u001b[0m: no timeout\n"), coloured);
        assertTrue(coloured.endsWith("\u001b[33m1 file linted: 0 errors, 1 warning (1 suppressed)\u001b[0m\n"), coloured);
    }
}
