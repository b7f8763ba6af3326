package dev.playbook.sim.drill;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What many drills of one playbook say together: the pass rate, and the spread of what the
 * objectives are measured by. Recovery times are those of the passing drills, with and without
 * the time people took; data loss is over every drill where it was measured.
 */
public record DrillStats(int runs, int passed, Spread recovery, Spread recoveryWithoutPeople, Spread runbook, Spread dataLoss,
                         Duration rto, Duration rpo) {

    /** Nearest-rank percentiles over {@code count} values; all null when there are none. */
    public record Spread(int count, Duration p50, Duration p95, Duration max) {
    }

    public static DrillStats of(List<DrillResult> results) {
        List<DrillResult> passing = results.stream().filter(r -> r.verdict().passed()).toList();
        DrillResult first = results.isEmpty() ? null : results.get(0);
        return new DrillStats(results.size(), passing.size(), spread(passing, DrillResult::recovery),
                spread(passing, DrillResult::recoveryWithoutPeople), spread(passing, r -> r.run().elapsed()),
                spread(results, DrillResult::dataLoss), first == null ? null : first.rto(), first == null ? null : first.rpo());
    }

    private static Spread spread(List<DrillResult> results, Function<DrillResult, Duration> value) {
        List<Duration> sorted = results.stream().map(value).filter(Objects::nonNull).sorted().toList();
        return new Spread(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
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
