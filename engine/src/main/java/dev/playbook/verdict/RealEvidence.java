package dev.playbook.verdict;

import dev.playbook.model.Criterion;
import dev.playbook.run.RunStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * What a real run can measure: when it ended (it verifies recovery before it does) and the
 * end-state checks, polled against the real actions. Request history and data lineage exist only
 * in the simulated world; those lines are not measured here.
 */
public final class RealEvidence implements Evidence {

    private final RunStatus status;
    private final EndStateChecks checks;

    public RealEvidence(RunStatus status, EndStateChecks checks) {
        this.status = status;
        this.checks = checks;
    }

    @Override
    public Measure<Double> errorShare(Instant from, Instant to) {
        return Measure.absent("a real run has no request history of both regions; a drill measures it (playbook drill)");
    }

    @Override
    public Measure<Duration> dataLoss() {
        return Measure.absent("a real run cannot see which writes survived; a drill measures it (playbook drill)");
    }

    @Override
    public Measure<Duration> recovery(Instant start, Instant runEnd) {
        if (status != RunStatus.SUCCEEDED) {
            return Measure.absent("the run " + status.label() + " before verifying recovery");
        }
        return Measure.of(Duration.between(start, runEnd), "the run verified recovery when it ended");
    }

    @Override
    public Measure<Boolean> endState(Criterion.EndState criterion) {
        return checks.check(criterion);
    }
}
