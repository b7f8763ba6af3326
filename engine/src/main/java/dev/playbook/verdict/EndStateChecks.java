package dev.playbook.verdict;

import dev.playbook.action.ActionRegistry;
import dev.playbook.model.Criterion;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.Clock;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunOptions;
import dev.playbook.run.StepStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Polls an end-state criterion once the run has ended, with the executor that ran it: the same
 * actions, clock, inputs, vars and defaults, so a real run and a drill poll the same way. The
 * check sees {@code inputs} and {@code vars}; it runs in a run of its own and does not see the
 * results of the playbook's steps.
 */
public final class EndStateChecks {

    private final Playbook playbook;
    private final ActionRegistry registry;
    private final Clock clock;
    private final Map<String, Object> inputs;
    private final RunOptions options;

    public EndStateChecks(Playbook playbook, ActionRegistry registry, Clock clock, Map<String, Object> inputs, RunOptions options) {
        this.playbook = playbook;
        this.registry = registry;
        this.clock = clock;
        this.inputs = inputs;
        this.options = options;
    }

    public Measure<Boolean> check(Criterion.EndState criterion) {
        Phase phase = new Phase("criteria", "End-state criteria", null, null, List.of(criterion.check()), criterion.pos());
        Playbook check = new Playbook(playbook.file(), playbook.apiVersion(), playbook.metadata(), null, List.of(), playbook.inputs(),
                playbook.vars(), playbook.defaults(), List.of(phase), List.of());
        List<RunEvent> events = new ArrayList<>();
        Approver none = (step, instructions) -> Approver.Decision.refused("an end-state check has no manual steps");
        RunOptions own = new RunOptions(options.runId() + "-" + criterion.check().id(), null, null, options.seed(), options.simulated());
        new Executor(check, registry, clock, events::add, none, own, Redactor.forInputs(playbook, inputs)).run(inputs);
        RunEvent.StepFinished finished = events.stream().filter(RunEvent.StepFinished.class::isInstance).map(RunEvent.StepFinished.class::cast)
                .reduce((a, b) -> b).orElse(null);
        if (finished == null) {
            RunEvent.RunFinished run = events.stream().filter(RunEvent.RunFinished.class::isInstance).map(RunEvent.RunFinished.class::cast)
                    .findFirst().orElseThrow();
            return Measure.absent("the check did not run: " + run.reason());
        }
        if (finished.status() == StepStatus.SUCCEEDED) {
            return Measure.of(true, "`" + criterion.check().until().source() + "` held after " + CriteriaJudge.shown(finished.duration()));
        }
        return Measure.of(false, finished.error());
    }
}
