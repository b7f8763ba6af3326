package dev.playbook.lint;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.PlaybookException;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.load.SourceFile;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lints playbooks: the loader's checks first, then every enabled rule over the model, then
 * suppression comments and per-repository severities. Offline by construction: actions are only
 * looked up and their signatures read, never called, and no AWS client is built.
 *
 * <p>Thread-safe; {@link #lint(List, Function)} lints files in parallel.
 */
public final class Linter {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt((Diagnostic d) -> d.pos().line())
            .thenComparingInt(d -> d.pos().column())
            .thenComparing(Diagnostic::id);

    private final List<Supplier<Rule>> rules;
    private final ActionRegistry actions;
    private final Clock clock;

    private Linter(List<Supplier<Rule>> rules, ActionRegistry actions, Clock clock) {
        this.rules = List.copyOf(rules);
        this.actions = actions;
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The rules, one instance each, for documentation and for checking ids. */
    public List<Rule> rules() {
        return rules.stream().map(Supplier::get).toList();
    }

    public List<String> ruleIds() {
        return rules().stream().map(Rule::id).toList();
    }

    /** Lints files in parallel; the reports come back in the order of {@code files}. */
    public List<FileReport> lint(List<Path> files, Function<Path, LintConfig> configs) {
        return files.parallelStream().map(file -> lint(file, configs.apply(file))).toList();
    }

    public FileReport lint(Path file, LintConfig config) {
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (PlaybookException e) {
            return new FileReport(file.toString(), e.diagnostics(), Map.of(), 0);
        }
        return lint(source, config);
    }

    public FileReport lint(SourceFile source, LintConfig config) {
        LoadResult loaded = PlaybookLoader.load(source);
        if (!loaded.ok()) {
            return FileReport.of(source.name(), loaded.diagnostics(), loaded.sourceLines(), 0);
        }
        SourceIndex index = new SourceIndex(source, loaded.tree());
        List<StepSite> sites = Walker.sites(loaded.playbook());
        LintFile file = new LintFile(loaded.playbook(), index, actions, LocalDate.now(clock), sites);
        List<Rule> enabled = rules.stream().map(Supplier::get).filter(config::runs).toList();
        Walker.walk(file, sites, enabled);

        Suppressions suppressions = new Suppressions(source.name(), loaded.sourceLines(), stepLines(sites, index));
        List<Diagnostic> shown = new ArrayList<>();
        int suppressed = 0;
        for (Diagnostic d : file.reported()) {
            if (suppressions.suppresses(d)) {
                suppressed++;
            } else {
                shown.add(new Diagnostic(d.pos(), config.severity(d.id(), d.severity()), d.id(), d.message(), d.hint()));
            }
        }
        if (config.enabled(UnusedSuppressionRule.ID)) {
            UnusedSuppressionRule unused = new UnusedSuppressionRule();
            List<String> known = ruleIds();
            for (Suppressions.Suppression s : suppressions.all()) {
                // A suppression of a rule the repository turned off has nothing to match; it is not stale.
                boolean off = known.contains(s.id) && !config.enabled(s.id);
                if (!s.used && !off) {
                    Diagnostic d = unused.diagnostic(s.pos, s.id, known);
                    shown.add(new Diagnostic(d.pos(), config.severity(d.id(), d.severity()), d.id(), d.message(), d.hint()));
                }
            }
        }
        shown.sort(BY_POSITION);
        return FileReport.of(source.name(), shown, loaded.sourceLines(), suppressed);
    }

    /** The first and last line of every step, for comments that suppress a whole step. */
    private static List<int[]> stepLines(List<StepSite> sites, SourceIndex index) {
        List<int[]> out = new ArrayList<>();
        for (StepSite site : sites) {
            Step step = site.step();
            SourcePos pos = step.pos();
            out.add(new int[] {pos.line(), index.lastLine(pos)});
        }
        return out;
    }

    public static final class Builder {

        private final List<Supplier<Rule>> rules = new ArrayList<>();
        private ActionRegistry actions;
        private Clock clock = Clock.systemDefaultZone();

        /** Adds rules (the ones that come with playbook are {@code lint.rules.BuiltinRules.all()}); each supplier makes a fresh instance for every file. */
        public Builder rules(List<Supplier<Rule>> more) {
            rules.addAll(more);
            return this;
        }

        /** Adds a rule; the supplier makes a fresh instance for every file. */
        public Builder rule(Supplier<Rule> rule) {
            rules.add(rule);
            return this;
        }

        /** The actions to check calls against; by default every provider on the class path. */
        public Builder actions(ActionRegistry registry) {
            this.actions = registry;
            return this;
        }

        /** Where "today" comes from, for the review date. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Linter build() {
            List<String> ids = rules.stream().map(s -> s.get().id()).toList();
            for (String id : ids) {
                if (ids.indexOf(id) != ids.lastIndexOf(id) || LoaderChecks.IDS.contains(id)) {
                    throw new IllegalArgumentException("rule id `" + id + "` is used twice");
                }
            }
            return new Linter(rules, actions != null ? actions : ActionRegistry.discover(), clock);
        }
    }
}
