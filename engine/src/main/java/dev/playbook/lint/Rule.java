package dev.playbook.lint;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.model.Phase;
import dev.playbook.model.SourcePos;

/**
 * One lint rule: an id, a default severity, a summary and documentation, and visitor methods the
 * {@link Walker} calls while it walks a playbook (actionlint's design). A rule overrides only the
 * visits it needs. The linter creates a fresh instance for every file, so a rule may keep what it
 * has seen in fields and report from {@link #end()}.
 *
 * <p>Rules report through {@link #report}; severities from {@code .playbook-lint.yaml} and
 * suppression comments are applied afterwards, so a rule never deals with them.
 */
public abstract class Rule {

    private LintFile file;

    /** The stable id users write in suppressions and configuration, such as {@code unknown-step}. */
    public abstract String id();

    public abstract Severity severity();

    /** The group in the rules reference: references, actions, time, safety, hygiene, lint. */
    public abstract String category();

    /** One line: what the rule finds. */
    public abstract String summary();

    /** A paragraph: why it matters, what counts as a finding, and how to fix one. */
    public abstract String documentation();

    /**
     * The profile the rule belongs to, such as {@code stepfunctions}: such a rule runs only with
     * {@code lint --profile stepfunctions}. Null for the rules that always run.
     */
    public String profile() {
        return null;
    }

    /** Called by the walker before any visit. */
    final void attach(LintFile lintFile) {
        this.file = lintFile;
    }

    protected final LintFile file() {
        return file;
    }

    /** Called once, before anything else of the file. */
    public void begin() {
    }

    public void phase(Phase phase) {
    }

    /** Every step, parallel branches included, in order; rollback steps last. */
    public void step(StepSite site) {
    }

    /** Every expression: in vars, defaults and steps, bare ones and those inside {@code ${...}}. */
    public void expression(ExpressionSite site) {
    }

    /** Called once, after everything else of the file. */
    public void end() {
    }

    protected final void report(SourcePos pos, String message, String hint) {
        file.report(new Diagnostic(pos, severity(), id(), message, hint));
    }
}
