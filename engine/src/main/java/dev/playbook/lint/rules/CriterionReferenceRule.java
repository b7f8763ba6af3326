package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.model.Criterion;
import dev.playbook.model.Phase;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Step;
import java.util.List;

/** A success criterion naming a phase or step the playbook does not have. */
public final class CriterionReferenceRule extends Rule {

    @Override
    public String id() {
        return "criterion-reference";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.REFERENCES;
    }

    @Override
    public String summary() {
        return "A criterion's `phase`, `from`, `to` or `succeeded` names a phase or step that does not exist.";
    }

    @Override
    public String documentation() {
        return "A criterion whose phase or steps do not exist can never be measured, so every verdict reports it as "
                + "`not measured` and fails: a typo would make every drill fail, or, with `may_be_absent`, pass without "
                + "evidence. `phase` must name a phase; `from`, `to` and `succeeded` must name steps (in phases or rollback).";
    }

    @Override
    public void end() {
        List<String> phases = file().playbook().phases().stream().map(Phase::id).toList();
        List<String> steps = file().playbook().allSteps().stream().map(Step::id).toList();
        for (Criterion criterion : file().playbook().criteria()) {
            if (criterion instanceof Criterion.TimeLimit t) {
                window(criterion.pos(), t.window(), phases, steps);
            } else if (criterion instanceof Criterion.ErrorRate e) {
                window(criterion.pos(), e.window(), phases, steps);
            } else if (criterion instanceof Criterion.StepsSucceeded s) {
                for (String step : s.steps()) {
                    check(criterion.pos(), "succeeded", "step", step, steps);
                }
            }
        }
    }

    private void window(SourcePos pos, Criterion.Window window, List<String> phases, List<String> steps) {
        check(pos, "phase", "phase", window.phase(), phases);
        check(pos, "from", "step", window.from(), steps);
        check(pos, "to", "step", window.to(), steps);
    }

    private void check(SourcePos criterion, String key, String what, String id, List<String> known) {
        if (id == null || known.contains(id)) {
            return;
        }
        SourcePos at = file().index().entry(criterion, key).map(SourceIndex.Entry::valuePos).orElse(criterion);
        report(at, "criterion names " + what + " `" + id + "`, which the playbook does not have" + Suggest.didYouMean(id, known),
                "the criterion could never be measured; " + what + "s: " + String.join(", ", known));
    }
}
