package dev.playbook.sim.drill;

import dev.playbook.run.RunEvent;
import dev.playbook.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One drill: how the run ended, how long each phase took against its budget, the timeline, the
 * verdict, and what the objectives are measured by: when service was restored ({@code recovery}
 * from the run's start, null when it was not), the writes lost ({@code dataLoss}, null when
 * unknown), the time people took at manual steps, and when (simulated) the verdict was judged.
 */
public record DrillResult(String playbook, String scenario, long seed, RunEvent.RunFinished run, Duration rto, Duration rpo,
                          List<PhaseTime> phases, List<Moment> timeline, Verdict verdict, Duration recovery, Duration dataLoss,
                          List<HumanTime> people, Instant judged) {

    public DrillResult {
        phases = List.copyOf(phases);
        timeline = List.copyOf(timeline);
        people = List.copyOf(people);
    }

    /** The recovery time without the time people took before service was restored; null when it was not. */
    public Duration recoveryWithoutPeople() {
        if (recovery == null) {
            return null;
        }
        Instant start = run.at().minus(run.elapsed());
        Instant restored = start.plus(recovery);
        Duration waiting = Duration.ZERO;
        for (HumanTime h : people) {
            Instant to = h.to().isBefore(restored) ? h.to() : restored;
            if (to.isAfter(h.from())) {
                waiting = waiting.plus(Duration.between(h.from(), to));
            }
        }
        return recovery.minus(waiting);
    }

    /** All the time people took at manual steps. */
    public Duration humanTime() {
        return people.stream().map(h -> Duration.between(h.from(), h.to())).reduce(Duration.ZERO, Duration::plus);
    }

    /** A phase's simulated time against its budget (null when it has none). */
    public record PhaseTime(String id, String title, Duration elapsed, Duration budget, boolean completed) {

        public boolean overBudget() {
            return budget != null && elapsed.compareTo(budget) > 0;
        }
    }

    /** A person at a manual step: asked at {@code from}, answered at {@code to}. */
    public record HumanTime(String step, Instant from, Instant to) {
    }

    /**
     * An entry of the timeline: when (from the start of the run; negative before it), a mark
     * (⚡ fault, ▶ phase, ✓/✗ step, · world change, ✋ operator, ■ end) and what happened.
     */
    public record Moment(Duration at, String mark, String text) {
    }
}
