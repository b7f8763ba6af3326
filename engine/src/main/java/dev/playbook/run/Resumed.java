package dev.playbook.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a resumed run picks up: the run's first start (elapsed time, budgets and the RTO go on
 * from it — time while the process was dead counts, that is what the incident cost), when each
 * phase began, the phases that had finished, the cause of a rollback that was under way, and the
 * operator's decisions on resume, which are journaled.
 */
public record Resumed(Instant started, Map<String, Instant> phaseStarts, Set<String> phasesDone, String rollbackCause,
                      List<Decision> decisions) {

    /** {@code what} is {@code assume_done}, {@code rerun} or {@code accept_changes}; {@code step} may be null. */
    public record Decision(String step, String what, String how) {
    }

    public Resumed {
        phaseStarts = Map.copyOf(phaseStarts);
        phasesDone = Set.copyOf(phasesDone);
        decisions = List.copyOf(decisions);
    }
}
