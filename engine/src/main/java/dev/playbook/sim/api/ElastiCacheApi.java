package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.CacheCluster;
import dev.playbook.sim.world.CacheSnapshot;
import dev.playbook.sim.world.ElastiCache;
import dev.playbook.sim.world.ReplicationGroup;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** ElastiCache: replication groups, cache clusters, events, snapshots, restores and test failovers. */
final class ElastiCacheApi {

    private ElastiCacheApi() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.elasticache.describeReplicationGroups", ElastiCacheApi::describeGroups);
        AwsGateway.register(handlers, "aws.elasticache.describeCacheClusters", ElastiCacheApi::describeClusters);
        AwsGateway.register(handlers, "aws.elasticache.describeEvents", ElastiCacheApi::describeEvents);
        AwsGateway.register(handlers, "aws.elasticache.describeSnapshots", ElastiCacheApi::describeSnapshots);
        AwsGateway.register(handlers, "aws.elasticache.createSnapshot", c -> Tree.of("Snapshot", snapshot(cache(c).snapshot(c.region(),
                c.args().string("ReplicationGroupId"), c.args().string("CacheClusterId"), c.args().required("SnapshotName")))));
        AwsGateway.register(handlers, "aws.elasticache.createCacheCluster", ElastiCacheApi::createCluster);
        AwsGateway.register(handlers, "aws.elasticache.testFailover", c -> Tree.of("ReplicationGroup", group(cache(c).testFailover(c.region(),
                c.args().required("ReplicationGroupId"), c.args().required("NodeGroupId")))));
    }

    private static ElastiCache cache(Call c) {
        return c.world().elastiCache();
    }

    private static Object describeGroups(Call c) {
        String id = c.args().string("ReplicationGroupId");
        List<ReplicationGroup> groups = id != null ? List.of(cache(c).group(c.region(), id)) : cache(c).groups(c.region());
        return Tree.of("ReplicationGroups", groups.stream().map(ElastiCacheApi::group).toList());
    }

    private static Object describeClusters(Call c) {
        String id = c.args().string("CacheClusterId");
        boolean nodes = Boolean.TRUE.equals(c.args().bool("ShowCacheNodeInfo"));
        List<CacheCluster> clusters = id != null ? List.of(cache(c).cluster(c.region(), id)) : cache(c).clusters(c.region());
        return Tree.of("CacheClusters", clusters.stream().map(cl -> cluster(cl, nodes)).toList());
    }

    private static Object describeEvents(Call c) {
        Integer minutes = c.args().integer("Duration");
        List<ElastiCache.Event> events = cache(c).events(c.region(), c.args().string("SourceIdentifier"),
                Duration.ofMinutes(minutes == null ? 60 : minutes));
        return Tree.of("Events", events.stream().map(e -> Tree.of("SourceIdentifier", e.source(), "SourceType", e.sourceType(),
                "Message", e.message(), "Date", e.date())).toList());
    }

    private static Object describeSnapshots(Call c) {
        String name = c.args().string("SnapshotName");
        String group = c.args().string("ReplicationGroupId");
        List<CacheSnapshot> found = cache(c).snapshots(c.region()).stream()
                .filter(s -> (name == null || s.name().equals(name)) && (group == null || s.groupId().equals(group))).toList();
        if (name != null && found.isEmpty()) {
            throw AwsError.notFound("SnapshotNotFoundFault", "Snapshot " + name + " not found.");
        }
        return Tree.of("Snapshots", found.stream().map(ElastiCacheApi::snapshot).toList());
    }

    private static Object createCluster(Call c) {
        Args a = c.args();
        String engine = a.string("Engine");
        if (engine != null && !engine.equals(ElastiCache.ENGINE)) {
            throw AwsError.client("InvalidParameterValue", "The snapshot is of engine redis, not " + engine + ".");
        }
        return Tree.of("CacheCluster", cluster(cache(c).createCluster(c.region(), a.required("CacheClusterId"), a.string("SnapshotName"),
                a.string("CacheNodeType")), false));
    }

    private static Map<String, Object> group(ReplicationGroup g) {
        CacheCluster primary = g.primary();
        return Tree.of(
                "ReplicationGroupId", g.id(),
                "Description", g.description(),
                "Status", g.status(),
                "MemberClusters", g.members().stream().map(CacheCluster::id).toList(),
                "NodeGroups", List.of(Tree.of(
                        "NodeGroupId", "0001",
                        "Status", g.nodeGroupStatus(),
                        "PrimaryEndpoint", primary == null ? null : Tree.of("Address", g.primaryEndpoint(), "Port", 6379L),
                        "ReaderEndpoint", Tree.of("Address", g.readerEndpoint(), "Port", 6379L),
                        "NodeGroupMembers", g.members().stream().map(m -> Tree.of("CacheClusterId", m.id(), "CacheNodeId", "0001",
                                "ReadEndpoint", Tree.of("Address", m.endpoint(), "Port", 6379L), "PreferredAvailabilityZone", m.zone(),
                                "CurrentRole", m.role())).toList())),
                "AutomaticFailover", g.automaticFailover() ? "enabled" : "disabled",
                "MultiAZ", g.automaticFailover() ? "enabled" : "disabled",
                "SnapshotRetentionLimit", 1L,
                "SnapshotWindow", "05:00-06:00",
                "ClusterEnabled", false,
                "CacheNodeType", g.nodeType(),
                "AuthTokenEnabled", false,
                "TransitEncryptionEnabled", false,
                "AtRestEncryptionEnabled", false,
                "ARN", g.arn(),
                "ReplicationGroupCreateTime", g.created(),
                "AutoMinorVersionUpgrade", true,
                "NetworkType", "ipv4",
                "IpDiscovery", "ipv4",
                "ClusterMode", "disabled",
                "Engine", ElastiCache.ENGINE);
    }

    private static Map<String, Object> cluster(CacheCluster cl, boolean nodes) {
        return Tree.of(
                "CacheClusterId", cl.id(),
                "CacheNodeType", cl.nodeType(),
                "Engine", ElastiCache.ENGINE,
                "EngineVersion", ElastiCache.ENGINE_VERSION,
                "CacheClusterStatus", cl.status(),
                "NumCacheNodes", 1L,
                "PreferredAvailabilityZone", cl.zone(),
                "CacheClusterCreateTime", cl.created(),
                "CacheNodes", nodes ? List.of(Tree.of("CacheNodeId", "0001", "CacheNodeStatus", cl.status(), "CacheNodeCreateTime", cl.created(),
                        "Endpoint", Tree.of("Address", cl.endpoint(), "Port", 6379L), "CustomerAvailabilityZone", cl.zone())) : null,
                "ReplicationGroupId", cl.groupId(),
                "SnapshotRetentionLimit", 0L,
                "ARN", "arn:aws:elasticache:" + cl.region() + ":123456789012:cluster:" + cl.id());
    }

    private static Map<String, Object> snapshot(CacheSnapshot s) {
        return Tree.of(
                "SnapshotName", s.name(),
                "ReplicationGroupId", s.groupId(),
                "CacheClusterId", s.clusterId(),
                "SnapshotStatus", s.status(),
                "SnapshotSource", "manual",
                "CacheNodeType", s.nodeType(),
                "Engine", ElastiCache.ENGINE,
                "EngineVersion", ElastiCache.ENGINE_VERSION,
                "NumCacheNodes", 1L,
                "Port", 6379L,
                "NumNodeGroups", 1L,
                "AutomaticFailover", "enabled",
                "NodeSnapshots", List.of(Tree.of("CacheClusterId", s.clusterId(), "NodeGroupId", "0001", "CacheNodeId", "0001",
                        "CacheSize", "6 GB", "SnapshotCreateTime", s.status().equals("available") ? s.created() : null)),
                "ARN", s.arn());
    }
}
