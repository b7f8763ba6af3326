package dev.playbook.sim.drill;

import java.time.Duration;
import java.util.List;

/** What many drills of one playbook say together: the pass rate and the spread of recovery times. */
public record DrillStats(int runs, int passed, Duration p50, Duration p95, Duration max, Duration rto) {

    /** Percentiles over the runs that passed (a failed run did not recover); null when none passed. */
    public static DrillStats of(List<DrillResult> results) {
        List<Duration> recovered = results.stream().filter(r -> r.verdict().passed()).map(r -> r.run().elapsed()).sorted().toList();
        Duration rto = results.isEmpty() ? null : results.get(0).rto();
        return new DrillStats(results.size(), recovered.size(), percentile(recovered, 50), percentile(recovered, 95),
                recovered.isEmpty() ? null : recovered.get(recovered.size() - 1), rto);
    }

    /** Nearest-rank percentile. */
    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    public double passRate() {
        return runs == 0 ? 0 : (double) passed / runs;
    }
}
