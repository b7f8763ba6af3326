package dev.playbook.lint.output;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintResults;
import dev.playbook.model.TerminalText;
import java.io.PrintWriter;

/**
 * For GitHub Actions: one workflow command per diagnostic
 * ({@code ::error file=F,line=L,col=C,title=ID::message}), which the pull request shows as an
 * annotation on the line, then the summary as a plain log line.
 */
public final class GithubOutput {

    private GithubOutput() {
    }

    public static void write(LintResults results, PrintWriter out) {
        for (FileReport file : results.files()) {
            for (Diagnostic d : file.diagnostics()) {
                String command = d.severity() == Severity.ERROR ? "error" : d.severity() == Severity.WARNING ? "warning" : "notice";
                String message = TerminalText.lines(d.hint() == null ? d.message() : d.message() + "\n" + d.hint());
                out.println("::" + command + " file=" + property(d.pos().file().replace('\\', '/')) + ",line=" + d.pos().line()
                        + ",col=" + d.pos().column() + ",title=" + property(d.id()) + "::" + data(message));
            }
        }
        out.println(results.summary());
        out.flush();
    }

    /** The escaping GitHub's runner undoes in a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Properties also end at ',' and ':' so those are escaped too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
