package dev.playbook.sim.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An ElastiCache (Redis) replication group: one node group with a primary and replicas. */
public final class ReplicationGroup {

    final Account account;
    final String id;
    final String region;
    final String description;
    final String nodeType;
    final Instant created;
    final boolean automaticFailover;
    final List<CacheCluster> members = new ArrayList<>();
    String status = "available";
    String nodeGroupStatus = "available";

    ReplicationGroup(Account account, String id, String region, String description, String nodeType, Instant created, boolean automaticFailover) {
        this.account = account;
        this.id = id;
        this.region = region;
        this.description = description;
        this.nodeType = nodeType;
        this.created = created;
        this.automaticFailover = automaticFailover;
    }

    public String id() {
        return id;
    }

    public String region() {
        return region;
    }

    public String description() {
        return description;
    }

    public String nodeType() {
        return nodeType;
    }

    public Instant created() {
        return created;
    }

    public boolean automaticFailover() {
        return automaticFailover;
    }

    public List<CacheCluster> members() {
        return List.copyOf(members);
    }

    public String status() {
        return status;
    }

    public String nodeGroupStatus() {
        return nodeGroupStatus;
    }

    public CacheCluster primary() {
        return members.stream().filter(m -> "primary".equals(m.role)).findFirst().orElse(null);
    }

    public String arn() {
        return account.arn("elasticache", region, "replicationgroup:" + id);
    }

    public String primaryEndpoint() {
        return "master." + id + "." + account.cacheEndpointSuffix(region);
    }

    public String readerEndpoint() {
        return "replica." + id + "." + account.cacheEndpointSuffix(region);
    }

    /** Answers reads and writes: a primary node that is up. */
    public boolean serving() {
        CacheCluster primary = primary();
        return primary != null && primary.available();
    }
}
