package dev.playbook.sim.drill;

import dev.playbook.model.OnFailure;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.run.Controller;
import dev.playbook.run.StepRecord;
import dev.playbook.run.StepStatus;
import java.util.Map;

/**
 * Drives the replay that rebuilds a simulated world after a crash: the same drill, same seed,
 * runs every step its journal says ended, and stops before the first one that did not (it was in
 * flight, not started, or failed the run). The world and the virtual clock are then where the
 * crashed run left them, because a simulation is deterministic for its seed.
 */
public final class ReplayToCrash implements Controller {

    private final Playbook playbook;
    private final Map<String, StepRecord> journaled;
    private String stoppedBefore;

    public ReplayToCrash(Playbook playbook, Map<String, StepRecord> journaled) {
        this.playbook = playbook;
        this.journaled = journaled;
    }

    @Override
    public Decision before(Step step, Phase phase) {
        StepRecord ended = journaled.get(step.id());
        boolean replayable = ended != null && (ended.status() != StepStatus.FAILED
                || OnFailure.effective(step.common(), playbook.defaults()) == OnFailure.CONTINUE);
        if (!replayable) {
            stoppedBefore = step.id();
            return Decision.ABORT;
        }
        return Decision.RUN;
    }

    @Override
    public AfterFailure afterFailure(Step step, StepRecord record) {
        return AfterFailure.FOLLOW_POLICY;
    }

    /** The step the replay stopped before, where the resumed run goes on; null if it ran to its end. */
    public String stoppedBefore() {
        return stoppedBefore;
    }
}
