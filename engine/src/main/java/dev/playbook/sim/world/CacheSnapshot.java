package dev.playbook.sim.world;

import java.time.Instant;

/** A manual ElastiCache snapshot of a replication group. */
public final class CacheSnapshot {

    final Account account;
    final String name;
    final String region;
    final String groupId;
    final String clusterId;
    final String nodeType;
    final Instant created;
    String status = "creating";

    CacheSnapshot(Account account, String name, String region, String groupId, String clusterId, String nodeType, Instant created) {
        this.account = account;
        this.name = name;
        this.region = region;
        this.groupId = groupId;
        this.clusterId = clusterId;
        this.nodeType = nodeType;
        this.created = created;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String groupId() {
        return groupId;
    }

    public String clusterId() {
        return clusterId;
    }

    public String nodeType() {
        return nodeType;
    }

    public Instant created() {
        return created;
    }

    public String status() {
        return status;
    }

    public String arn() {
        return account.arn("elasticache", region, "snapshot:" + name);
    }
}
