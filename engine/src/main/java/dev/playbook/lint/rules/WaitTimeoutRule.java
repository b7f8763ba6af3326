package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.lint.StepSite;
import dev.playbook.model.Durations;
import dev.playbook.model.Steps;
import dev.playbook.model.WaitStep;
import java.time.Duration;

/** A wait with no {@code timeout} of its own. */
public final class WaitTimeoutRule extends Rule {

    @Override
    public String id() {
        return "wait-timeout";
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
        return "A wait has no `timeout` of its own.";
    }

    @Override
    public String documentation() {
        return "How long to wait is part of the runbook (\"promotion takes 5-10 minutes\"), and it decides when the "
                + "operator hears that something is wrong. Without its own `timeout` a wait stops at the step's "
                + "`timeout` or `defaults.timeout`, a limit written for single calls, or polls forever when there is "
                + "none. Give every wait the limit the runbook implies.";
    }

    @Override
    public void step(StepSite site) {
        WaitStep wait = Steps.as(site.step(), WaitStep.class).orElse(null);
        if (wait == null || wait.timeout() != null) {
            return;
        }
        Duration step = wait.common().timeout();
        Duration fallback = file().playbook().defaults().timeout();
        String then = step != null ? "it stops at the step's timeout of " + Durations.format(step)
                : fallback != null ? "it stops at defaults.timeout, " + Durations.format(fallback)
                : "nothing stops it polling";
        report(file().index().entry(wait.pos(), "wait").map(SourceIndex.Entry::keyPos).orElse(wait.pos()),
                "wait `" + wait.id() + "` has no `timeout`; " + then, "add `timeout:` under `wait:` with the longest the runbook expects");
    }
}
