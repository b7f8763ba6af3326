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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it without a conversion step: one run whose tool lists
 * every rule (loader checks included) with its help and a link to its section of
 * docs/lint-rules.md; one result per finding, located relative to the repository root
 * ({@code %SRCROOT%}), with a fingerprint that survives lines moving; and the findings a comment
 * suppressed, as results with a {@code suppressions} entry carrying the comment's reason.
 */
public final class SarifOutput {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base every artifact URI is relative to: the repository root. */
    static final String SRCROOT = "%SRCROOT%";
    /** The key of our fingerprint: the rule, the file and the text of the line, not its number. */
    static final String FINGERPRINT = "ruleFileLineText/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What the driver says of itself; {@code home} (where the project is published) roots the rules' help links, null for none. */
    public record Tool(String version, String home) {

        String rulesDoc() {
            return home == null ? null : home + "/blob/main/docs/lint-rules.md";
        }
    }

    private SarifOutput() {
    }

    public static void write(LintResults results, Tool tool, Path sourceRoot, PrintWriter out) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", SCHEMA);
        document.put("version", "2.1.0");
        ObjectNode run = document.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "playbook-lint");
        driver.put("fullName", "playbook lint: checks for disaster-recovery playbooks");
        driver.put("version", tool.version());
        driver.put("semanticVersion", tool.version().replaceAll("[^0-9A-Za-z.+-]", ""));
        if (tool.home() != null) {
            driver.put("informationUri", tool.home());
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule rule : results.rules()) {
            index.put(rule.id(), rules.size());
            descriptor(rules.addObject(), rule.id(), rule.summary(), rule.documentation(), rule.severity(), rule.category(),
                    anchored(tool, rule.id()));
        }
        for (String[] check : LoaderChecks.DESCRIBED) {
            index.put(check[0], rules.size());
            String summary = "Loader check: " + check[1] + ".";
            descriptor(rules.addObject(), check[0], summary, "Reported by the loader; lint stops at a file with a loader error, "
                    + "since there is no model to check.", Severity.ERROR, "loader", anchored(tool, "loader-checks"));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", root.toUri().toASCIIString());
        // SnakeYAML counts columns in code points, so SARIF consumers must too.
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode list = run.putArray("results");
        for (FileReport file : results.files()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Diagnostic d : file.diagnostics()) {
                result(list.addObject(), d, file, root, index, seen);
            }
            for (FileReport.Suppressed s : file.suppressions()) {
                ObjectNode result = result(list.addObject(), s.diagnostic(), file, root, index, seen);
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                suppression.put("status", "accepted");
                if (!s.reason().isEmpty()) {
                    suppression.put("justification", s.reason());
                }
            }
        }
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
        out.flush();
    }

    private static ObjectNode result(ObjectNode result, Diagnostic d, FileReport file, Path root, Map<String, Integer> index,
                                     Map<String, Integer> seen) {
        result.put("ruleId", d.id());
        if (index.containsKey(d.id())) {
            result.put("ruleIndex", index.get(d.id()));
        }
        result.put("level", level(d.severity()));
        result.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + " (" + d.hint() + ")");
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        String relative = relative(d.pos().file(), root);
        if (relative != null) {
            artifact.put("uri", relative);
            artifact.put("uriBaseId", SRCROOT);
        } else {
            artifact.put("uri", Path.of(d.pos().file()).toAbsolutePath().normalize().toUri().toASCIIString());
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.pos().line());
        region.put("startColumn", d.pos().column());
        String line = file.quoted().getOrDefault(d.pos().line(), "");
        String key = d.id() + "\u0000" + (relative == null ? d.pos().file() : relative) + "\u0000" + line.strip();
        int occurrence = seen.merge(key, 1, Integer::sum);
        result.putObject("partialFingerprints").put(FINGERPRINT, sha256(key) + ":" + occurrence);
        return result;
    }

    private static void descriptor(ObjectNode rule, String id, String summary, String documentation, Severity severity, String category,
                                   String helpUri) {
        rule.put("id", id);
        rule.put("name", name(id));
        rule.putObject("shortDescription").put("text", summary);
        rule.putObject("fullDescription").put("text", documentation);
        if (helpUri != null) {
            rule.put("helpUri", helpUri);
        }
        ObjectNode help = rule.putObject("help");
        help.put("text", summary + "\n\n" + documentation + (helpUri == null ? "" : "\n\n" + helpUri));
        help.put("markdown", "**" + summary + "**\n\n" + documentation + (helpUri == null ? "" : "\n\n[" + id + " in the lint rules](" + helpUri + ")"));
        rule.putObject("defaultConfiguration").put("level", level(severity));
        rule.putObject("properties").putArray("tags").add(category);
    }

    private static String anchored(Tool tool, String anchor) {
        return tool.rulesDoc() == null ? null : tool.rulesDoc() + "#" + anchor;
    }

    /**
     * {@code unknown-step} to {@code UnknownStep}: SARIF names are identifiers that differ from the
     * id (SARIF1001), so a one-word id ({@code io}, {@code encoding}) is named {@code IoCheck}.
     */
    static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString().equalsIgnoreCase(id) ? out + "Check" : out.toString();
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : severity == Severity.WARNING ? "warning" : "note";
    }

    /** The file's URI reference relative to the repository root, or null when it lies outside it. */
    static String relative(String file, Path root) {
        Path absolute = Path.of(file).toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return null;
        }
        String relative = root.relativize(absolute).toString().replace('\\', '/');
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot turn " + file + " into a URI", e);
        }
    }

    /**
     * The repository root above {@code dir}: the nearest directory holding {@code .git} (a directory,
     * or a file in a worktree), else {@code dir} itself.
     */
    public static Path repositoryRoot(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return start;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
