package dev.playbook.sim.world;

import java.time.Instant;

/** A manual RDS snapshot; the RDS API renders it as a {@code DBSnapshot}. */
public final class DbSnapshot {

    final String id;
    final String region;
    final String instanceId;
    final Instant created;
    final Instant instanceCreated;
    String status = "creating";

    DbSnapshot(String id, String region, String instanceId, Instant created, Instant instanceCreated) {
        this.id = id;
        this.region = region;
        this.instanceId = instanceId;
        this.created = created;
        this.instanceCreated = instanceCreated;
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
        return "arn:aws:rds:" + region + ":" + SeedInfrastructure.ACCOUNT + ":snapshot:" + id;
    }
}
