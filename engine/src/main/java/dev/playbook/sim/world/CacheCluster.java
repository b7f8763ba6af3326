package dev.playbook.sim.world;

import java.time.Instant;

/** A cache cluster (one Redis node): a member of a replication group, or standalone when restored from a snapshot. */
public final class CacheCluster {

    final Account account;
    final String id;
    final String region;
    final String groupId;
    final String nodeType;
    final String zone;
    final Instant created;
    final String snapshot;
    String role;
    String status;
    /** An empty cache misses until it has filled, when this time has passed; null when it holds data. */
    Instant coldUntil;

    CacheCluster(Account account, String id, String region, String groupId, String role, String status, String nodeType, String zone, Instant created,
                 String snapshot) {
        this.account = account;
        this.id = id;
        this.region = region;
        this.groupId = groupId;
        this.role = role;
        this.status = status;
        this.nodeType = nodeType;
        this.zone = zone;
        this.created = created;
        this.snapshot = snapshot;
    }

    public String id() {
        return id;
    }

    public String region() {
        return region;
    }

    /** The replication group it belongs to, or null for a standalone cluster. */
    public String groupId() {
        return groupId;
    }

    /** primary or replica inside a group; null for a standalone cluster. */
    public String role() {
        return role;
    }

    public String status() {
        return status;
    }

    public String nodeType() {
        return nodeType;
    }

    public String zone() {
        return zone;
    }

    public Instant created() {
        return created;
    }

    public String endpoint() {
        return id + "." + account.cacheEndpointSuffix(region);
    }

    public boolean available() {
        return status.equals("available");
    }

    /** Holds data: it serves hits. */
    public boolean warm(Instant now) {
        return coldUntil == null || !now.isBefore(coldUntil);
    }
}
