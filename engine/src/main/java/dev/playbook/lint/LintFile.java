package dev.playbook.lint;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.model.Expression;
import dev.playbook.model.Playbook;
import dev.playbook.model.SourcePos;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What rules see of the file being linted: the playbook, its text, the actions, today's date. */
public final class LintFile {

    private final Playbook playbook;
    private final SourceIndex index;
    private final ActionRegistry actions;
    private final LocalDate today;
    private final Map<String, StepSite> steps = new LinkedHashMap<>();
    private final List<Diagnostic> reported = new ArrayList<>();

    LintFile(Playbook playbook, SourceIndex index, ActionRegistry actions, LocalDate today, List<StepSite> sites) {
        this.playbook = playbook;
        this.index = index;
        this.actions = actions;
        this.today = today;
        sites.forEach(site -> steps.put(site.id(), site));
    }

    public Playbook playbook() {
        return playbook;
    }

    public SourceIndex index() {
        return index;
    }

    public ActionRegistry actions() {
        return actions;
    }

    /** Today's date from the linter's clock, so tests of date rules do not age. */
    public LocalDate today() {
        return today;
    }

    /** Every step by id, in document order. */
    public Map<String, StepSite> steps() {
        return Collections.unmodifiableMap(steps);
    }

    /** Where a reference of an expression starts in the file. */
    public SourcePos pos(Expression expression, Reference reference) {
        return index.locate(expression, reference.offset(), reference.text());
    }

    void report(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    List<Diagnostic> reported() {
        return List.copyOf(reported);
    }
}
