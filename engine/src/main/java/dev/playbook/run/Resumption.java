package dev.playbook.run;

import dev.playbook.action.Action;
import dev.playbook.action.ActionRegistry;
import dev.playbook.model.ActionStep;
import dev.playbook.model.ManualStep;
import dev.playbook.model.OnFailure;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.StepVisitor;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a resumed run keeps from its journal. Finished steps are kept, a failure the run
 * went past ({@code on_failure: continue}) included; a failure that stopped the run is run again.
 * A step that was in flight when the process died is run again when that is safe — it only
 * reads, waits or asks — and otherwise only when the operator says so: {@code --rerun STEP} when the change did not happen, {@code --assume-done STEP} when it did.
 */
public final class Resumption {

    private Resumption() {
    }

    /** The records to restore; throws IllegalArgumentException naming the steps the operator must decide. */
    public static Map<String, StepRecord> restored(Journal journal, Playbook playbook, ActionRegistry registry,
                                                   Set<String> rerun, Set<String> assumeDone) {
        Map<String, StepRecord> restored = new LinkedHashMap<>();
        journal.finished().forEach((id, record) -> {
            if (record.status() != StepStatus.FAILED || tolerated(playbook, id)) {
                restored.put(id, record);
            }
        });
        List<String> undecided = new ArrayList<>();
        for (String id : journal.inFlight()) {
            Step step = playbook.step(id).orElse(null);
            if (step == null || safeToRepeat(step, registry) || rerun.contains(id)) {
                continue;
            }
            if (assumeDone.contains(id)) {
                restored.put(id, new StepRecord(id, StepStatus.SUCCEEDED, null, 0, null, null, null,
                        "assumed done by the operator on resume"));
            } else {
                undecided.add(id);
            }
        }
        if (!undecided.isEmpty()) {
            throw new IllegalArgumentException("step" + (undecided.size() == 1 ? " " : "s ") + String.join(", ", undecided)
                    + " changed something and was in flight when the run stopped; check whether it happened, then pass --rerun "
                    + undecided.get(0) + " (it did not) or --assume-done " + undecided.get(0) + " (it did)");
        }
        return restored;
    }

    /** A step whose failure the run went past ({@code on_failure: continue}): it stays failed, it is not run again. */
    private static boolean tolerated(Playbook playbook, String id) {
        return playbook.step(id).map(step -> OnFailure.effective(step.common(), playbook.defaults()) == OnFailure.CONTINUE).orElse(false);
    }

    /**
     * Waits poll, verifications read and manual steps ask again; only mutating actions are unsafe.
     * A parallel step is never decided itself: its branches were journaled one by one.
     */
    private static boolean safeToRepeat(Step step, ActionRegistry registry) {
        return step.accept(new StepVisitor<Boolean>() {
            @Override
            public Boolean action(ActionStep action) {
                return registry.find(action.call().action()).map(Action::readOnly).orElse(false);
            }

            @Override
            public Boolean waitFor(WaitStep wait) {
                return true;
            }

            @Override
            public Boolean verify(VerifyStep verify) {
                return true;
            }

            @Override
            public Boolean manual(ManualStep manual) {
                return true;
            }

            @Override
            public Boolean parallel(ParallelStep parallel) {
                return true;
            }
        });
    }
}
