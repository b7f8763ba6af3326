package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Puts what a world file declares into a new {@link World}, as it stands before anything goes
 * wrong. Ids the file leaves out (launch template ids, image ids, instance ids) come from the
 * world's seeded generator, in the file's order, so a seed replays the same world.
 */
final class WorldBuilder {

    /** Instances already running were launched this long ago: scaling activities (six weeks) no longer list them. */
    private static final Duration RUNNING_FOR = Duration.ofDays(60);

    private WorldBuilder() {
    }

    static void build(World world, WorldFile file) {
        Instant now = world.now();
        Account account = world.account();
        for (boolean replicas : List.of(false, true)) {
            for (WorldFile.Region region : file.regions()) {
                for (WorldFile.Database db : region.databases()) {
                    if ((db.source() != null) == replicas) {
                        world.rds().add(database(world, account, region, db, now));
                    }
                }
            }
        }
        for (WorldFile.Region region : file.regions()) {
            region.launchTemplates().forEach(t -> world.launchTemplates().add(t, region.name(), now.minus(t.age())));
        }
        for (WorldFile.Region region : file.regions()) {
            region.loadBalancers().forEach(b -> world.loadBalancers().add(new LoadBalancer(account, b.name(), region.name(), b.id(), b.dnsName(),
                    b.canonicalZoneId(), b.targetGroup(), b.targetPort(), b.healthCheckPath(), b.group())));
        }
        for (WorldFile.Region region : file.regions()) {
            region.groups().forEach(g -> group(world, account, region.name(), g, now));
        }
        for (WorldFile.Zone zone : file.zones()) {
            world.route53().addZone(zone.id(), zone.name());
            zone.records().forEach(r -> world.route53().add(zone.id(), record(world, r)));
        }
        for (WorldFile.Region region : file.regions()) {
            region.caches().forEach(c -> cache(world, account, region.name(), c, now));
        }
        for (WorldFile.Servers servers : file.application().servers()) {
            world.apps().set(servers.region(), new Apps.Config(servers.databaseRegion(), servers.database(), servers.cache()));
        }
    }

    private static DbInstance database(World world, Account account, WorldFile.Region region, WorldFile.Database db, Instant now) {
        DbInstance source = db.source() == null ? null : world.rds().all().stream().filter(d -> d.id().equals(db.source())).findFirst().orElseThrow();
        return new DbInstance(account, db, db.id(), region.name(), "available", source == null ? DbInstance.Role.PRIMARY : DbInstance.Role.REPLICA,
                source, db.instanceClass(), db.multiAz(), db.subnetGroup() != null ? db.subnetGroup() : region.dbSubnetGroup(),
                db.securityGroups(), now.minus(db.age()));
    }

    private static void group(World world, Account account, String region, WorldFile.Group g, Instant now) {
        String targetGroupArn = world.loadBalancers().in(region).stream().filter(lb -> lb.groupName().equals(g.name()))
                .map(LoadBalancer::targetGroupArn).findFirst().orElse(null);
        ScalingGroup group = new ScalingGroup(account, g.name(), region, g.zones(), targetGroupArn, now.minus(Duration.ofDays(400)), g.tags());
        group.min = g.min();
        group.max = g.max();
        group.desired = g.desired();
        group.launchTemplateName = g.launchTemplate();
        group.launchTemplateVersion = g.launchTemplateVersion();
        group.healthCheckType = g.healthCheckType();
        group.healthCheckGracePeriod = g.healthCheckGracePeriod();
        world.autoScaling().add(group);
        world.autoScaling().populate(group, now.minus(RUNNING_FOR));
    }

    private static Route53.Record record(World world, WorldFile.Record r) {
        String name = r.name().endsWith(".") ? r.name() : r.name() + ".";
        if (r.alias() == null) {
            return new Route53.Record(name, r.type(), r.ttl(), null, null, null, r.values());
        }
        LoadBalancer lb = world.loadBalancers().byName(r.alias());
        return new Route53.Record(name, r.type(), null, lb.canonicalZoneId(), lb.dnsName(), false, null);
    }

    private static void cache(World world, Account account, String region, WorldFile.CacheGroup c, Instant now) {
        Instant built = now.minus(Duration.ofDays(400));
        ReplicationGroup group = new ReplicationGroup(account, c.id(), region, c.description(), c.nodeType(), built, c.automaticFailover());
        for (WorldFile.CacheMember m : c.members()) {
            group.members.add(new CacheCluster(account, m.id(), region, c.id(), m.primary() ? "primary" : "replica", "available", c.nodeType(),
                    m.zone(), built, null));
        }
        world.elastiCache().add(group);
    }
}
