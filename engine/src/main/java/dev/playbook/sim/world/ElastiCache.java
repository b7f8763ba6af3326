package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ElastiCache (Redis) in both regions: the replication groups, clusters restored from
 * snapshots, snapshots, and the event log describe-events reads. Losing the primary node of a
 * group with automatic failover promotes a replica after a short outage and replaces the lost
 * node in the background; without automatic failover the group is down until the node is back,
 * and then empty.
 */
public final class ElastiCache {

    /** An entry of describe-events. */
    public record Event(String source, String sourceType, String message, Instant date) {
    }

    public static final String ENGINE = "redis";
    public static final String ENGINE_VERSION = "7.1.0";

    private final World world;
    private final List<ReplicationGroup> groups = new ArrayList<>();
    private final List<CacheCluster> standalone = new ArrayList<>();
    private final List<CacheSnapshot> snapshots = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    ElastiCache(World world) {
        this.world = world;
    }

    void add(ReplicationGroup group) {
        groups.add(group);
    }

    public ReplicationGroup findGroup(String region, String id) {
        return groups.stream().filter(g -> g.region.equals(region) && g.id.equals(id)).findFirst().orElse(null);
    }

    public ReplicationGroup group(String region, String id) {
        ReplicationGroup group = findGroup(region, id);
        if (group == null) {
            throw AwsError.notFound("ReplicationGroupNotFoundFault", "ReplicationGroup " + id + " not found.");
        }
        return group;
    }

    public List<ReplicationGroup> groups(String region) {
        return groups.stream().filter(g -> g.region.equals(region)).toList();
    }

    /** Member clusters of groups and standalone clusters alike, as describe-cache-clusters lists them. */
    public List<CacheCluster> clusters(String region) {
        List<CacheCluster> all = new ArrayList<>();
        groups(region).forEach(g -> all.addAll(g.members));
        standalone.stream().filter(c -> c.region.equals(region)).forEach(all::add);
        return all;
    }

    public CacheCluster findCluster(String region, String id) {
        return clusters(region).stream().filter(c -> c.id.equals(id)).findFirst().orElse(null);
    }

    public CacheCluster cluster(String region, String id) {
        CacheCluster cluster = findCluster(region, id);
        if (cluster == null) {
            throw AwsError.notFound("CacheClusterNotFound", "CacheCluster " + id + " not found.");
        }
        return cluster;
    }

    public List<CacheSnapshot> snapshots(String region) {
        return snapshots.stream().filter(s -> s.region.equals(region)).toList();
    }

    public List<Event> events(String region, String source, Duration within) {
        Instant since = world.now().minus(within);
        return events.stream()
                .filter(e -> e.date().isAfter(since) && (source == null || e.source().equals(source)))
                .filter(e -> region.equals(regionOf(e.source())))
                .toList();
    }

    /** Fault: the node's machine is lost. */
    public void loseNode(CacheCluster node) {
        ReplicationGroup group = groupOf(node);
        boolean wasPrimary = "primary".equals(node.role);
        node.status = "modifying";
        event(group.id, "replication-group", "Cache node 0001 in cluster " + node.id + " failed");
        if (wasPrimary) {
            node.role = "replica";
            group.status = "modifying";
            group.nodeGroupStatus = "modifying";
            if (group.automaticFailover) {
                world.after("elasticache-failover", () -> promoteReplica(group, node));
            }
        }
        Duration replace = world.after("elasticache-replace-node", () -> {
            node.status = "available";
            event(group.id, "replication-group", "Recovery completed for cache nodes 0001 in cluster " + node.id);
            if (group.primary() == null) {
                // Nothing to fail over to: the replaced node comes back as an empty primary.
                node.role = "primary";
                node.coldUntil = world.now().plus(world.sample("cache-warmup"));
                group.status = "available";
                group.nodeGroupStatus = "available";
            }
            world.note(WorldEvent.Kind.CHANGE, "cache node " + node.id + " replaced");
        });
        world.note(WorldEvent.Kind.CHANGE, "cache node " + node.id + " lost; replacement in " + World.shown(replace));
    }

    public ReplicationGroup testFailover(String region, String groupId, String nodeGroupId) {
        ReplicationGroup group = group(region, groupId);
        if (!"0001".equals(nodeGroupId)) {
            throw AwsError.notFound("NodeGroupNotFoundFault", "The node group " + nodeGroupId + " was not found.");
        }
        if (!group.automaticFailover) {
            throw AwsError.client("InvalidReplicationGroupState", "Automatic failover is disabled for replication group " + groupId + ".");
        }
        if (!group.status.equals("available")) {
            throw AwsError.client("InvalidReplicationGroupState", "Replication group " + groupId + " is not in available state.");
        }
        CacheCluster old = group.primary();
        old.role = "replica";
        group.status = "modifying";
        group.nodeGroupStatus = "modifying";
        event(groupId, "replication-group", "Test Failover API called for node group 0001");
        world.after("elasticache-failover", () -> promoteReplica(group, old));
        return group;
    }

    public CacheSnapshot snapshot(String region, String groupId, String clusterId, String name) {
        ReplicationGroup group = groupId != null ? group(region, groupId) : groupOf(cluster(region, clusterId));
        if (snapshots.stream().anyMatch(s -> s.region.equals(region) && s.name.equals(name))) {
            throw AwsError.client("SnapshotAlreadyExistsFault", "Snapshot " + name + " already exists.");
        }
        if (!group.serving()) {
            throw AwsError.client("InvalidReplicationGroupState", "Replication group " + group.id + " is not in available state.");
        }
        CacheCluster source = group.members.stream().filter(m -> "replica".equals(m.role) && m.available()).findFirst()
                .orElse(group.primary());
        CacheSnapshot snapshot = new CacheSnapshot(world.account(), name, region, group.id, source.id, group.nodeType, world.now());
        snapshots.add(snapshot);
        world.after("elasticache-snapshot", () -> {
            snapshot.status = "available";
            event(group.id, "replication-group", "Snapshot " + name + " succeeded");
        });
        return snapshot;
    }

    public CacheCluster createCluster(String region, String id, String snapshotName, String nodeType) {
        if (findCluster(region, id) != null) {
            throw AwsError.client("CacheClusterAlreadyExists", "Cache cluster " + id + " already exists.");
        }
        CacheSnapshot snapshot = null;
        if (snapshotName != null) {
            snapshot = snapshots.stream().filter(s -> s.region.equals(region) && s.name.equals(snapshotName)).findFirst()
                    .orElseThrow(() -> AwsError.notFound("SnapshotNotFoundFault", "Snapshot " + snapshotName + " not found."));
            if (!snapshot.status.equals("available")) {
                throw AwsError.client("InvalidSnapshotState", "Snapshot " + snapshotName + " is not in available state.");
            }
        }
        CacheCluster cluster = new CacheCluster(world.account(), id, region, null, null, "creating",
                nodeType != null ? nodeType : snapshot != null ? snapshot.nodeType : "cache.r6g.large",
                region + "a", world.now(), snapshotName);
        if (snapshot == null) {
            cluster.coldUntil = Instant.MAX;
        }
        standalone.add(cluster);
        Duration took = world.after("elasticache-create", () -> {
            cluster.status = "available";
            if (cluster.coldUntil != null) {
                cluster.coldUntil = world.now().plus(world.sample("cache-warmup"));
            }
            event(id, "cache-cluster", "Cache cluster created");
            world.note(WorldEvent.Kind.CHANGE, "cache cluster " + id + " available");
        });
        world.note(WorldEvent.Kind.CHANGE, "cache cluster " + id + " being created" + (snapshotName == null ? "" : " from " + snapshotName)
                + " (" + World.shown(took) + ")");
        return cluster;
    }

    private void promoteReplica(ReplicationGroup group, CacheCluster lost) {
        CacheCluster next = group.members.stream().filter(m -> m != lost && m.available()).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        next.role = "primary";
        group.status = "available";
        group.nodeGroupStatus = "available";
        event(group.id, "replication-group", "Failover from master node " + lost.id + " to replica node " + next.id + " completed");
        world.note(WorldEvent.Kind.CHANGE, group.id + ": failover to " + next.id + " completed");
    }

    private ReplicationGroup groupOf(CacheCluster node) {
        return group(node.region, node.groupId);
    }

    private void event(String source, String type, String message) {
        events.add(new Event(source, type, message, world.now()));
    }

    private String regionOf(String source) {
        for (ReplicationGroup g : groups) {
            if (g.id.equals(source) || g.members.stream().anyMatch(m -> m.id.equals(source))) {
                return g.region;
            }
        }
        return standalone.stream().filter(c -> c.id.equals(source)).map(c -> c.region).findFirst().orElse(null);
    }
}
