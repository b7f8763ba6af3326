package dev.playbook.lint.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.lint.FileReport;
import dev.playbook.lint.LintResults;
import java.io.PrintWriter;

/**
 * For scripts: one JSON document with every diagnostic (file, line, column, severity, rule,
 * message, hint) and the counts. Documented in docs/lint-rules.md; fields are only ever added.
 */
public final class JsonOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    public static void write(LintResults results, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("files", results.files().size());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", results.count(Severity.ERROR));
        summary.put("warnings", results.count(Severity.WARNING));
        summary.put("notes", results.count(Severity.INFO));
        summary.put("suppressed", results.suppressed());
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (FileReport file : results.files()) {
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode item = diagnostics.addObject();
                item.put("file", d.pos().file());
                item.put("line", d.pos().line());
                item.put("column", d.pos().column());
                item.put("severity", d.severity().label());
                item.put("rule", d.id());
                item.put("message", d.message());
                if (d.hint() != null) {
                    item.put("hint", d.hint());
                }
            }
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }
}
