package dev.playbook.lint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintResults;
import dev.playbook.model.SourcePos;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workflow commands GitHub turns into annotations, escaped the way the runner reads them. */
class GithubOutputTest {

    @Test
    void eachFindingIsOneCommandWithItsSeverityPositionAndRule() {
        List<Diagnostic> found = List.of(
                new Diagnostic(new SourcePos("playbooks/a,b.yaml", 3, 7), Severity.ERROR, "unknown-step", "no step `x`: 100% sure", "line one\nline two"),
                new Diagnostic(new SourcePos("playbooks/a,b.yaml", 9, 1), Severity.WARNING, "wait-timeout", "no timeout", null));
        StringWriter out = new StringWriter();
        GithubOutput.write(new LintResults(List.of(new FileReport("playbooks/a,b.yaml", found, Map.of(), List.of())), List.of()), new PrintWriter(out));
        assertEquals("""
                ::error file=playbooks/a%2Cb.yaml,line=3,col=7,title=unknown-step::no step `x`: 100%25 sure%0Aline one%0Aline two
                ::warning file=playbooks/a%2Cb.yaml,line=9,col=1,title=wait-timeout::no timeout
                1 file linted: 1 error, 1 warning
                """, out.toString());
    }
}
