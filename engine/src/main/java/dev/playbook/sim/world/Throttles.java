package dev.playbook.sim.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** API throttling in force: which calls AWS answers with a throttling error, how often, and until when. */
public final class Throttles {

    /**
     * Calls to {@code service} (in {@code region}, or anywhere when null) whose operation matches
     * one of {@code operations} (a name, or a prefix ending in *; empty for all) are throttled
     * with probability {@code rate} until {@code until} (null: for the rest of the run).
     */
    public record Throttle(String service, String region, List<String> operations, double rate, Instant until) {

        boolean covers(String service, String operation, String region, Instant now) {
            return this.service.equals(service) && (this.region == null || this.region.equals(region))
                    && (until == null || now.isBefore(until))
                    && (operations.isEmpty() || operations.stream().anyMatch(o -> o.endsWith("*")
                            ? operation.startsWith(o.substring(0, o.length() - 1)) : operation.equals(o)));
        }
    }

    private final List<Throttle> active = new ArrayList<>();

    public void add(Throttle throttle) {
        active.add(throttle);
    }

    /** The chance that one attempt of this call is throttled now. */
    public double rate(String service, String operation, String region, Instant now) {
        return active.stream().filter(t -> t.covers(service, operation, region, now)).mapToDouble(Throttle::rate).max().orElse(0);
    }
}
