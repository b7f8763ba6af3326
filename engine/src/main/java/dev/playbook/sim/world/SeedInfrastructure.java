package dev.playbook.sim.world;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Basecoat Portal infrastructure of the seed runbook, as it stands before anything goes
 * wrong: us-east-1 serves production (database, four application servers behind basecoat-alb,
 * a cache), us-west-2 is the warm standby (cross-region read replica, an ASG at desired 0
 * behind basecoat-alb-dr, a synchronized cache), and Route53 points the portal at us-east-1.
 * Names and placeholders follow the playbooks (Z123456, Z1234US-WEST, basecoat-lt).
 */
public final class SeedInfrastructure {

    public static final String ACCOUNT = "123456789012";
    public static final String HOSTED_ZONE_ID = "Z123456";
    public static final String ZONE_NAME = "prod.example.com";
    public static final String PORTAL_HOST = "basecoat-portal.prod.example.com";
    public static final String DR_HOST = "basecoat-portal-dr.prod.example.com";
    public static final String PRIMARY_DB = "basecoat-portal-db";
    public static final String REPLICA_DB = "basecoat-portal-db-read-replica";
    public static final String DEFAULT_SECURITY_GROUP = "sg-0d3fa017c0de0ba5e";
    static final Duration BACKUP_RETENTION = Duration.ofDays(7);

    private SeedInfrastructure() {
    }

    static void build(World world) {
        Instant now = world.now();
        Instant built = now.minus(Duration.ofDays(400));
        String east = Regions.PRIMARY;
        String west = Regions.SECONDARY;

        DbInstance primary = new DbInstance(PRIMARY_DB, east, "available", DbInstance.Role.PRIMARY, null, "db.r6g.xlarge", false,
                subnetGroup(east), List.of(databaseSecurityGroup(east)), built, endpointSuffix(east));
        world.rds().add(primary);
        world.rds().add(new DbInstance(REPLICA_DB, west, "available", DbInstance.Role.REPLICA, primary, "db.r6g.xlarge", false,
                subnetGroup(west), List.of(databaseSecurityGroup(west)), built.plus(Duration.ofDays(2)), endpointSuffix(west)));

        world.launchTemplates().add("basecoat-lt", east, built, 3);
        world.launchTemplates().add("basecoat-portal-v2", east, now.minus(Duration.ofDays(3)), 1);
        world.launchTemplates().add("basecoat-lt", west, built, 3);

        LoadBalancer primaryLb = new LoadBalancer("basecoat-alb", east, "4f3c2b1a0e9d8c7b", "basecoat-alb.us-east-1.elb.amazonaws.com",
                "Z1234US-EAST", "basecoat-portal-tg", "basecoat-portal-asg");
        LoadBalancer drLb = new LoadBalancer("basecoat-alb-dr", west, "7b8c9d0e1f2a3b4c", "basecoat-alb-dr.us-west-2.elb.amazonaws.com",
                "Z1234US-WEST", "basecoat-portal-dr-tg", "basecoat-portal-asg-dr");
        world.loadBalancers().add(primaryLb);
        world.loadBalancers().add(drLb);

        group(world, primaryLb, 2, 10, 4, built);
        group(world, drLb, 0, 10, 0, built);

        world.route53().add(alias(PORTAL_HOST, primaryLb));
        world.route53().add(alias(DR_HOST, drLb));

        cache(world, "basecoat-portal-cache", east, built);
        cache(world, "basecoat-portal-cache-dr", west, built);

        world.apps().set(east, new Apps.Config(east, PRIMARY_DB, "basecoat-portal-cache"));
        world.apps().set(west, new Apps.Config(west, REPLICA_DB, "basecoat-portal-cache-dr"));
    }

    private static void group(World world, LoadBalancer lb, int min, int max, int desired, Instant built) {
        ScalingGroup group = new ScalingGroup(lb.groupName(), lb.region(),
                List.of(lb.region() + "a", lb.region() + "b", lb.region() + "c"), lb.targetGroupArn(), built);
        group.min = min;
        group.max = max;
        group.desired = desired;
        group.launchTemplateName = "basecoat-lt";
        group.launchTemplateVersion = "$Latest";
        group.healthCheckType = "ELB";
        group.healthCheckGracePeriod = 300;
        world.autoScaling().add(group);
        world.autoScaling().populate(group, world.now().minus(Duration.ofDays(60)));
    }

    private static Route53.Record alias(String host, LoadBalancer lb) {
        return new Route53.Record(host + ".", "A", null, lb.canonicalZoneId(), lb.dnsName(), false, null);
    }

    private static void cache(World world, String id, String region, Instant built) {
        ReplicationGroup group = new ReplicationGroup(id, region, "Basecoat Portal sessions and page cache", "cache.r6g.large", built, true);
        group.members.add(new CacheCluster(id + "-001", region, id, "primary", "available", group.nodeType, region + "a", built, null));
        group.members.add(new CacheCluster(id + "-002", region, id, "replica", "available", group.nodeType, region + "b", built, null));
        world.elastiCache().add(group);
    }

    static String subnetGroup(String region) {
        return "basecoat-db-subnets-" + region;
    }

    /** The security group the region's application servers reach their database through. */
    public static String databaseSecurityGroup(String region) {
        return region.equals(Regions.PRIMARY) ? "sg-0a1b2c3d4e5f60718" : "sg-0f9e8d7c6b5a40392";
    }

    static String endpointSuffix(String region) {
        return region.equals(Regions.PRIMARY) ? "c9akciq32x1e" : "c4bxq7t0d2wm";
    }

    static String cacheSuffix(String region) {
        return (region.equals(Regions.PRIMARY) ? "x1y2z3" : "q7r8s9") + "." + region.replace("-", "");
    }

    static String uuidFor(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
