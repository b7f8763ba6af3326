package dev.playbook.lint;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.lint.rules.BuiltinRules;
import dev.playbook.load.SourceFile;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lints the fixtures under src/test/resources/lint, named as {@code lint/<name>.yaml} in the
 * diagnostics, on a fixed date so that date rules do not age.
 */
public final class LintFixture {

    /** The date every fixture is linted on. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    /** Looked up once: reflecting the AWS services is the slow part of a first lint. */
    public static final ActionRegistry ACTIONS = ActionRegistry.discover();

    private LintFixture() {
    }

    public static Path dir() {
        return Repo.root().resolve("engine/src/test/resources/lint");
    }

    public static SourceFile source(String name) {
        return new SourceFile("lint/" + name + ".yaml", Repo.read(dir().resolve(name + ".yaml")));
    }

    /** The headlines ({@code file:line:col: severity[id]: message}) one rule reports for a fixture. */
    public static List<String> lint(String name, Supplier<Rule> rule) {
        Linter linter = Linter.builder().rule(rule).actions(ACTIONS).clock(TODAY).build();
        return headlines(linter.lint(source(name), LintConfig.DEFAULT));
    }

    /** A linter with every built-in rule, on the fixed date. */
    public static Linter allRules() {
        return Linter.builder().rules(BuiltinRules.all()).actions(ACTIONS).clock(TODAY).build();
    }

    public static List<String> headlines(FileReport report) {
        return report.diagnostics().stream().map(Diagnostic::headline).toList();
    }
}
