package dev.playbook.sim.drill;

import dev.playbook.model.Criterion;
import dev.playbook.sim.health.RequestHistory;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.World;
import dev.playbook.verdict.CriteriaJudge;
import dev.playbook.verdict.EndStateChecks;
import dev.playbook.verdict.Evidence;
import dev.playbook.verdict.Measure;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/** A drill's evidence: the simulated world's request history and databases, as they are once the run has ended. */
final class SimEvidence implements Evidence {

    private final World world;
    private final RequestHistory requests;
    private final EndStateChecks checks;
    private final Function<Instant, String> offset;

    SimEvidence(World world, RequestHistory requests, EndStateChecks checks, Function<Instant, String> offset) {
        this.world = world;
        this.requests = requests;
        this.checks = checks;
        this.offset = offset;
    }

    @Override
    public Measure<Double> errorShare(Instant from, Instant to) {
        return Measure.of(requests.errorShare(from, to), "every user request, both regions");
    }

    @Override
    public Measure<Duration> dataLoss() {
        DbInstance survivor;
        synchronized (world) {
            survivor = requests.productionDatabase();
        }
        if (survivor == null) {
            return Measure.absent("production reaches no database at the end, so nothing says which writes survived");
        }
        RequestHistory.Loss loss = requests.lostWrites(survivor, world.now());
        if (loss.amount().isZero()) {
            return Measure.of(Duration.ZERO, survivor.id() + " holds every write production accepted");
        }
        return Measure.of(loss.amount(), "writes to " + loss.lostOn() + " between " + offset.apply(loss.first()) + " and "
                + offset.apply(loss.last()) + " are not in " + survivor.id() + ", which production uses at the end");
    }

    @Override
    public Measure<Duration> recovery(Instant start, Instant runEnd) {
        Instant since = requests.healthySince(WorldHealth.ERROR_RATE_THRESHOLD, world.now());
        String threshold = CriteriaJudge.percent(WorldHealth.ERROR_RATE_THRESHOLD);
        if (since == null) {
            return Measure.absent("service was not restored: " + CriteriaJudge.percent(requests.errorShare(world.now(), world.now()))
                    + " of requests fail at " + offset.apply(world.now()));
        }
        if (!since.isAfter(start)) {
            return Measure.of(Duration.ZERO, "fewer than " + threshold + " of requests failed throughout the run");
        }
        return Measure.of(Duration.between(start, since), "fewer than " + threshold + " of requests fail from " + offset.apply(since) + " on");
    }

    @Override
    public Measure<Boolean> endState(Criterion.EndState criterion) {
        return checks.check(criterion);
    }
}
