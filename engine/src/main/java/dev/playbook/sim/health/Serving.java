package dev.playbook.sim.health;

import dev.playbook.sim.world.LoadBalancer;

/**
 * How one load balancer answers user traffic now, and the shares and latencies that follow.
 * The rules (docs/simulator.md, "Health model"): a load balancer with no healthy target answers
 * 503 itself; a failing instance still in rotation answers 500; a healthy instance answers 503
 * without its database, and fails the writes (10% of requests) on a read-only one, the requests
 * touching corrupted data (5%) and, without its cache, 2% of requests (timeouts under the extra
 * database load).
 */
public record Serving(LoadBalancer lb, boolean reachable, int inRotation, int failing, Backend backend) {

    static final double WRITE_SHARE = 0.10;
    static final double CORRUPTED_SHARE = 0.05;
    static final double CACHELESS_ERROR_SHARE = 0.02;
    /** How long a request to a broken instance or an unreachable database takes to fail, in seconds. */
    public static final double TIMEOUT_SECONDS = 5.0;

    /** Share of requests the load balancer itself answers 5XX (no healthy target). */
    public double elbErrorShare() {
        return reachable && inRotation == 0 ? 1.0 : 0.0;
    }

    /** Share of requests the targets answer 5XX. */
    public double targetErrorShare() {
        if (!reachable || inRotation == 0) {
            return 0.0;
        }
        double f = failingShare();
        return f + (1 - f) * appErrorShare();
    }

    /** Share of user requests that fail, whoever fails them (all of them when the region is unreachable). */
    public double errorShare() {
        return reachable ? elbErrorShare() + targetErrorShare() : 1.0;
    }

    /** The chance that one request lands on a failing instance. */
    public double failingShare() {
        return inRotation == 0 ? 0.0 : (double) failing / inRotation;
    }

    /** Share of requests a healthy instance fails, because of what is behind it. */
    public double appErrorShare() {
        if (!backend.databaseReachable()) {
            return 1.0;
        }
        double share = (backend.databaseWritable() ? 0 : WRITE_SHARE) + (backend.dataCorrupted() ? CORRUPTED_SHARE : 0)
                + (backend.cacheServing() ? 0 : CACHELESS_ERROR_SHARE);
        return Math.min(1.0, share);
    }

    /** Seconds a healthy instance takes to answer: cache misses and a database in another region cost time. */
    public double appSeconds() {
        if (!backend.databaseReachable()) {
            return TIMEOUT_SECONDS;
        }
        return 0.08 + (1 - backend.hitRate()) * 0.30 + (backend.crossRegion() ? 0.07 : 0);
    }

    /** Average target response time in seconds. */
    public double averageSeconds() {
        double f = failingShare();
        return f * TIMEOUT_SECONDS + (1 - f) * appSeconds();
    }

    /** 99th percentile target response time in seconds. */
    public double p99Seconds() {
        return failingShare() >= 0.01 || !backend.databaseReachable() ? TIMEOUT_SECONDS : appSeconds() * 3.5;
    }
}
