package dev.playbook.sim.health;

import dev.playbook.sim.world.CacheCluster;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.GroupInstance;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.ReplicationGroup;
import dev.playbook.sim.world.Route53;
import dev.playbook.sim.world.ScalingGroup;
import dev.playbook.sim.world.World;

/**
 * Derives service health from the world's state: DNS → region → load balancer and its
 * instances → database → cache. Nothing here is stored; it is computed from the state at the
 * world's current time.
 */
public final class HealthModel {

    /** Hit rates of a cache that holds its data, and of one still filling. */
    static final double WARM_HIT_RATE = 0.92;
    static final double COLD_HIT_RATE = 0.30;

    private HealthModel() {
    }

    /** The load balancer clients reach for {@code host} through their resolvers now, or null. */
    public static LoadBalancer resolve(World world, String host) {
        Route53.Record record = world.route53().resolve(host);
        if (record == null || record.aliasDnsName() == null) {
            return null;
        }
        return world.loadBalancers().byDnsName(record.aliasDnsName());
    }

    /** The load balancer users of the application's first endpoint reach, or null when its name leads nowhere. */
    public static LoadBalancer portal(World world) {
        return resolve(world, world.file().application().endpoints().get(0).host());
    }

    public static Serving serving(World world, LoadBalancer lb) {
        boolean reachable = world.regions().up(lb.region());
        ScalingGroup group = world.autoScaling().find(lb.region(), lb.groupName());
        int inRotation = 0;
        int failing = 0;
        if (group != null) {
            for (GroupInstance instance : group.instances()) {
                if (instance.inRotation()) {
                    inRotation++;
                    failing += instance.failing() ? 1 : 0;
                }
            }
        }
        return new Serving(lb, reachable, inRotation, failing, backend(world, lb.region()));
    }

    /** What the application servers of {@code region} depend on, as they see it now. */
    public static Backend backend(World world, String region) {
        var config = world.apps().in(region);
        if (config == null) {
            return new Backend("-", region, false, false, false, false, null, false, 0.0);
        }
        DbInstance db = world.rds().find(config.databaseRegion(), config.database());
        boolean reachable = db != null && db.serving() && world.regions().up(config.databaseRegion())
                && db.securityGroups().contains(world.serversSecurityGroup(db.region()));
        boolean writable = reachable && db.writable();
        boolean corrupted = reachable && db.corruptedAt() != null;
        // Servers configured without a cache read everything from their database: no cache can fail them.
        double hitRate = config.cache() == null ? 0.0 : hitRate(world, region, config.cache());
        return new Backend(config.database(), config.databaseRegion(), reachable, writable, corrupted,
                !config.databaseRegion().equals(region), config.cache(), config.cache() == null || hitRate > 0, hitRate);
    }

    /** The hit rate (0..1) the region's servers get from their cache; 0 when it does not serve. */
    static double hitRate(World world, String region, String cache) {
        ReplicationGroup group = world.elastiCache().findGroup(region, cache);
        if (group != null) {
            return group.serving() ? warmth(world, group.primary()) : 0.0;
        }
        CacheCluster cluster = world.elastiCache().findCluster(region, cache);
        return cluster != null && cluster.available() ? warmth(world, cluster) : 0.0;
    }

    /** The hit rate one cache node reports (0..1), or null when it is down. */
    static Double nodeHitRate(World world, CacheCluster node) {
        if (!node.available() || !world.regions().up(node.region())) {
            return null;
        }
        if (node.groupId() == null) {
            return warmth(world, node);
        }
        ReplicationGroup group = world.elastiCache().findGroup(node.region(), node.groupId());
        return group.serving() ? warmth(world, group.primary()) : 0.0;
    }

    private static double warmth(World world, CacheCluster node) {
        return node.warm(world.now()) ? WARM_HIT_RATE : COLD_HIT_RATE;
    }
}
