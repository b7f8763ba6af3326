package dev.playbook.lint;

import dev.playbook.diag.PlaybookException;
import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.load.SourceFile;
import dev.playbook.load.YamlDocument;
import dev.playbook.model.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A repository's lint settings, {@code .playbook-lint.yaml}: {@code rules: {ID: off|info|warning|error}}.
 * A rule not listed keeps its default severity.
 */
public final class LintConfig {

    public static final String FILE_NAME = ".playbook-lint.yaml";
    public static final LintConfig DEFAULT = new LintConfig(Map.of());

    /** Rule id to its severity; an empty Optional turns the rule off. */
    private final Map<String, Optional<Severity>> rules;
    /** The deployment target whose checks run too ({@code lint --profile stepfunctions}); null for none. */
    private final String profile;

    public LintConfig(Map<String, Optional<Severity>> rules) {
        this(rules, null);
    }

    private LintConfig(Map<String, Optional<Severity>> rules, String profile) {
        this.rules = Map.copyOf(rules);
        this.profile = profile;
    }

    /** These settings, with the rules of {@code profile} (a {@link Rule#profile()}) switched on. */
    public LintConfig withProfile(String value) {
        return new LintConfig(rules, value);
    }

    /** Whether a rule runs: not turned off, and when it belongs to a profile, that profile is chosen. */
    public boolean runs(Rule rule) {
        return enabled(rule.id()) && (rule.profile() == null || rule.profile().equals(profile));
    }

    public boolean enabled(String id) {
        return rules.getOrDefault(id, Optional.of(Severity.ERROR)).isPresent();
    }

    /** The severity a rule reports at: the configured one, or {@code fallback}, its default. */
    public Severity severity(String id, Severity fallback) {
        return rules.getOrDefault(id, Optional.of(fallback)).orElse(fallback);
    }

    /**
     * The settings for a playbook: the nearest {@value #FILE_NAME} in its directory or one above,
     * else the one in {@code workingDir}, else the defaults.
     */
    public static Optional<Path> find(Path playbook, Path workingDir) {
        for (Path dir = playbook.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path local = workingDir.resolve(FILE_NAME);
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }

    /**
     * Reads a settings file, checking every rule id against {@code ruleIds}.
     *
     * @throws PlaybookException with the position of what is wrong
     */
    public static LintConfig load(Path path, Collection<String> ruleIds) {
        SourceFile source = SourceFile.read(path);
        Node root = YamlDocument.compose(source);
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        MappingNode top = mapping(root, source, "the settings file");
        for (NodeTuple tuple : top.getValue()) {
            String key = scalar(tuple.getKeyNode(), source, "a key");
            if (!key.equals("rules")) {
                throw fail(source, tuple.getKeyNode(), "unknown key `" + key + "`" + Suggest.didYouMean(key, java.util.List.of("rules")),
                        "the file holds `rules: {ID: off|info|warning|error}`");
            }
            for (NodeTuple rule : mapping(tuple.getValueNode(), source, "`rules`").getValue()) {
                String id = scalar(rule.getKeyNode(), source, "a rule id");
                if (!ruleIds.contains(id)) {
                    throw fail(source, rule.getKeyNode(), "no rule `" + id + "`" + Suggest.didYouMean(id, ruleIds),
                            LoaderChecks.IDS.contains(id) ? "loader errors cannot be configured: the file cannot be linted past them"
                                    : "docs/lint-rules.md lists the rules");
                }
                String level = scalar(rule.getValueNode(), source, "a severity").toLowerCase(Locale.ROOT);
                switch (level) {
                    case "off" -> rules.put(id, Optional.empty());
                    case "info", "warning", "error" -> rules.put(id, Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
                    default -> throw fail(source, rule.getValueNode(), "`" + level + "` is not a severity", "write off, info, warning or error");
                }
            }
        }
        return new LintConfig(rules);
    }

    private static MappingNode mapping(Node node, SourceFile source, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw fail(source, node, what + " must be a mapping", "for example `rules: {unused-input: off}`");
    }

    private static String scalar(Node node, SourceFile source, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw fail(source, node, what + " must be a plain value", null);
    }

    private static PlaybookException fail(SourceFile source, Node node, String message, String hint) {
        SourcePos pos = node.getStartMark().map(m -> new SourcePos(source.name(), m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePos.of(source.name()));
        return new PlaybookException(dev.playbook.diag.Diagnostic.error(pos, "lint-config", message, hint));
    }
}
