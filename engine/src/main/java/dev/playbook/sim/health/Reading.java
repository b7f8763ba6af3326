package dev.playbook.sim.health;

import dev.playbook.sim.world.CacheCluster;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.World;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the metrics would read while the world stays as it is now: per load balancer, per cache
 * node and per replica. CloudWatch answers from a history of these.
 */
public record Reading(Map<String, LbReading> loadBalancers, Map<String, Double> cacheHitRates, Map<String, Instant> replicas) {

    /** User requests per minute to the load balancer the portal's name leads to. */
    static final int REQUESTS_PER_MINUTE = 1200;

    /** One load balancer: its region answers, whether users reach it, target counts, error shares and latencies. */
    public record LbReading(boolean regionUp, boolean userTraffic, int healthy, int unhealthy, double elbErrorShare,
                            double targetErrorShare, double averageSeconds, double p99Seconds) {
    }

    /** A replica that replicates maps to {@link #REPLICATING}; a broken one to when replication stopped. */
    static final Instant REPLICATING = Instant.EPOCH;

    public static Reading of(World world) {
        LoadBalancer portal = HealthModel.portal(world);
        Map<String, LbReading> lbs = new LinkedHashMap<>();
        for (LoadBalancer lb : world.loadBalancers().all()) {
            Serving s = HealthModel.serving(world, lb);
            var group = world.autoScaling().find(lb.region(), lb.groupName());
            int unhealthy = group == null ? 0 : (int) group.instances().stream().filter(i -> i.targetState().equals("unhealthy")).count();
            lbs.put(lb.name(), new LbReading(s.reachable(), lb.equals(portal), s.inRotation(), unhealthy, s.elbErrorShare(),
                    s.targetErrorShare(), s.averageSeconds(), s.p99Seconds()));
        }
        Map<String, Double> hits = new LinkedHashMap<>();
        Map<String, Instant> replicas = new LinkedHashMap<>();
        for (String region : world.file().regionNames()) {
            for (CacheCluster node : world.elastiCache().clusters(region)) {
                Double rate = HealthModel.nodeHitRate(world, node);
                if (rate != null) {
                    hits.put(key(region, node.id()), rate);
                }
            }
            for (DbInstance db : world.rds().in(region)) {
                if (db.source() != null && world.regions().up(region)) {
                    replicas.put(key(region, db.id()), db.replicationStoppedAt() == null ? REPLICATING : db.replicationStoppedAt());
                }
            }
        }
        return new Reading(lbs, hits, replicas);
    }

    static String key(String region, String id) {
        return region + "/" + id;
    }
}
