package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.lint.StepSite;
import dev.playbook.model.Durations;
import dev.playbook.model.Phase;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Steps;
import dev.playbook.model.WaitStep;
import java.time.Duration;

/** A step timeout or a wait timeout longer than the budget of the phase it is in. */
public final class PhaseBudgetRule extends Rule {

    @Override
    public String id() {
        return "phase-budget";
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
        return "A step's `timeout` or a wait's `timeout` is longer than its phase's `budget`.";
    }

    @Override
    public String documentation() {
        return "A phase budget is the runbook's time box (\"Phase 1: 0-15 min\"). A single step allowed to run "
                + "longer than the whole box means the budget cannot hold, or the timeout was copied without "
                + "thought. Only timeouts written on the step or the wait are compared; `defaults.timeout` is not.";
    }

    @Override
    public void step(StepSite site) {
        Phase phase = site.phase();
        if (phase == null || phase.budget() == null) {
            return;
        }
        check(site.step().common().timeout(), site.step().pos(), phase);
        Steps.as(site.step(), WaitStep.class).ifPresent(wait -> check(wait.timeout(), wait.waitPos(), phase));
    }

    private void check(Duration timeout, SourcePos owner, Phase phase) {
        if (timeout != null && timeout.compareTo(phase.budget()) > 0) {
            SourcePos at = file().index().entry(owner, "timeout").map(SourceIndex.Entry::valuePos).orElse(owner);
            report(at, "timeout " + Durations.format(timeout) + " is longer than the " + Durations.format(phase.budget())
                    + " budget of phase `" + phase.id() + "`", "shorten the timeout, or raise the phase budget if the runbook allows");
        }
    }
}
