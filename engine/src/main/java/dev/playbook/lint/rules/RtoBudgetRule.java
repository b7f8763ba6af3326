package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.model.Durations;
import dev.playbook.model.Objectives;
import dev.playbook.model.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Phase budgets that add up to more than the recovery time objective. */
public final class RtoBudgetRule extends Rule {

    @Override
    public String id() {
        return "rto-budget";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return Categories.TIME;
    }

    @Override
    public String summary() {
        return "The phase budgets add up to more than `objectives.rto`.";
    }

    @Override
    public String documentation() {
        return "The RTO is the promise; the phase budgets are the plan for keeping it. When the plan needs more "
                + "time than the promise, either a budget or the RTO is wrong, and a drill that keeps every budget "
                + "still misses the objective. Phases without a budget count as zero.";
    }

    @Override
    public void end() {
        Objectives objectives = file().playbook().objectives();
        if (objectives == null || objectives.rto() == null) {
            return;
        }
        Duration total = Duration.ZERO;
        List<String> parts = new ArrayList<>();
        for (Phase phase : file().playbook().phases()) {
            if (phase.budget() != null) {
                total = total.plus(phase.budget());
                parts.add(phase.id() + " " + Durations.format(phase.budget()));
            }
        }
        if (total.compareTo(objectives.rto()) > 0) {
            report(file().index().entry(objectives.pos(), "rto").map(SourceIndex.Entry::valuePos).orElse(objectives.pos()),
                    "phase budgets add up to " + Durations.format(total) + ", more than the RTO of " + Durations.format(objectives.rto()),
                    String.join(" + ", parts));
        }
    }
}
