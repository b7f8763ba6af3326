package dev.playbook.sim.drill;

import dev.playbook.model.Durations;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunStatus;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * PASS when the playbook ran to its end, the world is healthy at that moment, and the simulated
 * time it took is within the playbook's RTO; FAIL with every criterion that does not hold.
 */
public record Verdict(boolean passed, List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    public static Verdict of(RunEvent.RunFinished run, List<Check> world, Duration rto) {
        List<Check> checks = new ArrayList<>();
        checks.add(run.status() == RunStatus.SUCCEEDED
                ? new Check("playbook completed", true, "the run succeeded")
                : new Check("playbook completed", false, "the run " + run.status().label()
                        + (run.failedStep() == null ? "" : " at " + run.failedStep()) + (run.reason() == null ? "" : ": " + run.reason())));
        checks.addAll(world);
        String took = "took " + Durations.format(run.elapsed().truncatedTo(ChronoUnit.SECONDS));
        if (rto == null) {
            checks.add(new Check("within RTO", true, took + "; the playbook declares no RTO"));
        } else {
            boolean within = run.elapsed().compareTo(rto) <= 0;
            checks.add(new Check("within RTO", within, took + (within ? ", within" : ", over")
                    + " the RTO of " + Durations.format(rto) + " (" + Math.round(100.0 * run.elapsed().toMillis() / rto.toMillis()) + "%)"));
        }
        return new Verdict(checks.stream().allMatch(Check::passed), checks);
    }

    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
