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
import dev.playbook.lint.LoaderChecks;
import dev.playbook.lint.Rule;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code scanning services read (GitHub's upload-sarif among them): one run
 * whose tool lists every rule, loader checks included, and one result per diagnostic with a
 * location relative to the working directory, which in CI is the repository root.
 */
public final class SarifOutput {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifOutput() {
    }

    public static void write(LintResults results, String toolVersion, Path workingDir, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "playbook-lint");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion.replaceAll("[^0-9A-Za-z.+-]", ""));
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule rule : results.rules()) {
            index.put(rule.id(), rules.size());
            descriptor(rules.addObject(), rule.id(), rule.summary(), rule.documentation(), rule.severity(), rule.category());
        }
        for (String[] check : LoaderChecks.DESCRIBED) {
            index.put(check[0], rules.size());
            descriptor(rules.addObject(), check[0], "Loader check: " + check[1] + ".", "Reported by the loader; lint stops "
                    + "at a file with a loader error, since there is no model to check.", Severity.ERROR, "loader");
        }
        // SnakeYAML counts columns in code points, so SARIF consumers must too.
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode list = run.putArray("results");
        for (FileReport file : results.files()) {
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode result = list.addObject();
                result.put("ruleId", d.id());
                if (index.containsKey(d.id())) {
                    result.put("ruleIndex", index.get(d.id()));
                }
                result.put("level", level(d.severity()));
                result.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + " (" + d.hint() + ")");
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(d.pos().file(), workingDir));
                ObjectNode region = physical.putObject("region");
                region.put("startLine", d.pos().line());
                region.put("startColumn", d.pos().column());
            }
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
        out.flush();
    }

    private static void descriptor(ObjectNode rule, String id, String summary, String documentation, Severity severity, String category) {
        rule.put("id", id);
        rule.put("name", name(id));
        rule.putObject("shortDescription").put("text", summary);
        rule.putObject("fullDescription").put("text", documentation);
        rule.putObject("defaultConfiguration").put("level", level(severity));
        rule.putObject("properties").putArray("tags").add(category);
    }

    /** {@code unknown-step} to {@code UnknownStep}: SARIF names are identifiers. */
    private static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString();
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : severity == Severity.WARNING ? "warning" : "note";
    }

    /** A relative URI reference when the file is under the working directory, else a file: URI. */
    static String uri(String file, Path workingDir) {
        Path path = Path.of(file);
        Path absolute = path.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        if (!path.isAbsolute() || absolute.startsWith(base)) {
            String relative = base.relativize(absolute).toString().replace('\\', '/');
            try {
                return new URI(null, null, relative, null).toASCIIString();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cannot turn " + file + " into a URI", e);
            }
        }
        return absolute.toUri().toASCIIString();
    }
}
