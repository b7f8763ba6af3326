package dev.playbook.sim.drill;

import dev.playbook.run.RunEvent;
import java.time.Duration;
import java.util.List;

/** One drill: how the run ended, how long each phase took against its budget, the timeline, and the verdict. */
public record DrillResult(String playbook, String scenario, long seed, RunEvent.RunFinished run, Duration rto, List<PhaseTime> phases,
                          List<Moment> timeline, Verdict verdict) {

    public DrillResult {
        phases = List.copyOf(phases);
        timeline = List.copyOf(timeline);
    }

    /** A phase's simulated time against its budget (null when it has none). */
    public record PhaseTime(String id, String title, Duration elapsed, Duration budget, boolean completed) {

        public boolean overBudget() {
            return budget != null && elapsed.compareTo(budget) > 0;
        }
    }

    /**
     * An entry of the timeline: when (from the start of the run; negative before it), a mark
     * (⚡ fault, ▶ phase, ✓/✗ step, · world change, ✋ operator, ■ end) and what happened.
     */
    public record Moment(Duration at, String mark, String text) {
    }
}
