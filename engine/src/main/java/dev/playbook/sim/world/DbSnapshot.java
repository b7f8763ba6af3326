package dev.playbook.sim.world;

import java.time.Instant;

/** A manual RDS snapshot; the RDS API renders it as a {@code DBSnapshot}. */
public final class DbSnapshot {

    final Account account;
    final WorldFile.Database spec;
    final String id;
    final String region;
    final String instanceId;
    final Instant created;
    final Instant instanceCreated;
    String status = "creating";

    DbSnapshot(Account account, WorldFile.Database spec, String id, String region, String instanceId, Instant created, Instant instanceCreated) {
        this.account = account;
        this.spec = spec;
        this.id = id;
        this.region = region;
        this.instanceId = instanceId;
        this.created = created;
        this.instanceCreated = instanceCreated;
    }

    /** The instance's engine, port and storage when the snapshot was taken. */
    public WorldFile.Database spec() {
        return spec;
    }

    public String id() {
        return id;
    }

    public String region() {
        return region;
    }

    public String instanceId() {
        return instanceId;
    }

    public Instant created() {
        return created;
    }

    public Instant instanceCreated() {
        return instanceCreated;
    }

    public String status() {
        return status;
    }

    public String arn() {
        return account.arn("rds", region, "snapshot:" + id);
    }
}
