package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * RDS in both regions: the production primary, its cross-region read replica, and whatever a
 * run creates (replicas, point-in-time restores, snapshots). Operations check the instance's
 * state the way RDS does and schedule the status changes that follow on the world's timeline.
 */
public final class Rds {

    /** RDS's lag behind the source while replication works, in seconds. */
    public static final long NORMAL_LAG_SECONDS = 2;

    private final World world;
    private final List<DbInstance> instances = new ArrayList<>();
    private final List<DbSnapshot> snapshots = new ArrayList<>();

    Rds(World world) {
        this.world = world;
    }

    void add(DbInstance instance) {
        instances.add(instance);
    }

    public DbInstance find(String region, String id) {
        for (DbInstance db : instances) {
            if (db.region.equals(region) && db.id.equals(id)) {
                return db;
            }
        }
        return null;
    }

    public DbInstance get(String region, String id) {
        DbInstance db = find(region, id);
        if (db == null) {
            throw AwsError.notFound("DBInstanceNotFound", "DBInstance " + id + " not found.");
        }
        return db;
    }

    List<DbInstance> all() {
        return List.copyOf(instances);
    }

    public List<DbInstance> in(String region) {
        return instances.stream().filter(db -> db.region.equals(region)).toList();
    }

    public DbInstance byEndpoint(String host) {
        return instances.stream().filter(db -> db.endpoint().equalsIgnoreCase(host)).findFirst().orElse(null);
    }

    public List<DbInstance> replicasOf(DbInstance source) {
        return instances.stream().filter(db -> db.source == source).toList();
    }

    /** Backups reach up to the instance's restorable lag before now (five minutes by default), as RDS's LatestRestorableTime does. */
    public Instant latestRestorableTime(DbInstance db) {
        return world.now().minus(db.spec().restorableLag());
    }

    /** A replica keeps no backups of its own, whatever its source keeps. */
    private static WorldFile.Database replicaSpec(WorldFile.Database source) {
        return new WorldFile.Database(source.id(), source.id(), source.instanceClass(), source.engine(), source.engineVersion(), source.port(),
                source.dbName(), source.masterUsername(), source.allocatedStorage(), false, source.subnetGroup(), source.securityGroups(),
                false, Duration.ZERO, source.restorableLag(), source.age());
    }

    public DbInstance reboot(String region, String id) {
        DbInstance db = available(get(region, id));
        db.status = "rebooting";
        Duration took = world.after("rds-reboot", () -> {
            db.status = "available";
            if (db.failure == DbInstance.Failure.HUNG) {
                db.failure = DbInstance.Failure.NONE;
            }
            world.note(WorldEvent.Kind.CHANGE, db.id + " rebooted: available" + (db.serving() ? "" : " but still not answering"));
        });
        world.note(WorldEvent.Kind.CHANGE, db.id + " rebooting (" + World.shown(took) + ")");
        return db;
    }

    /**
     * Right after the call the status still reads available; then modifying; the replica is a
     * standalone writable primary only when the promotion completes.
     */
    public DbInstance promote(String region, String id) {
        DbInstance db = get(region, id);
        if (db.role != DbInstance.Role.REPLICA) {
            throw AwsError.client("InvalidDBInstanceState", "DB Instance is not a read replica.");
        }
        available(db);
        db.promoting = true;
        Duration total = world.sample("rds-promote");
        Duration pending = min(world.sample("rds-promote-pending"), total.dividedBy(2));
        world.schedule(world.now().plus(pending), () -> db.status = "modifying");
        world.schedule(world.now().plus(total), () -> {
            db.status = "available";
            db.role = DbInstance.Role.PRIMARY;
            db.copyOf = db.source;
            db.copiedThrough = (db.replicationStoppedAt == null ? world.now() : db.replicationStoppedAt).minusSeconds(NORMAL_LAG_SECONDS);
            db.source = null;
            db.promoting = false;
            db.replicationStoppedAt = null;
            world.note(WorldEvent.Kind.CHANGE, db.id + " promoted: a standalone, writable primary in " + db.region);
        });
        world.note(WorldEvent.Kind.CHANGE, db.id + " promotion started (" + World.shown(total) + ")");
        return db;
    }

    public boolean promoting(DbInstance db) {
        return db.promoting;
    }

    public DbInstance createReplica(String region, String id, String source, String sourceRegion, String instanceClass,
                                    String subnetGroup, List<String> securityGroups) {
        absent(region, id);
        DbInstance from = resolveSource(region, source, sourceRegion);
        if (!world.regions().up(from.region)) {
            throw AwsError.client("InvalidDBInstanceState", "Source DB instance " + from.id + " in " + from.region + " cannot be reached.");
        }
        available(from);
        if (from.promoting) {
            throw AwsError.client("InvalidDBInstanceState", "DB instance " + from.id + " is being promoted; wait until the promotion completes.");
        }
        // A new replica is given the security group the region's servers use, so that it can serve them once promoted.
        DbInstance replica = new DbInstance(world.account(), replicaSpec(from.spec()), id, region, "creating", DbInstance.Role.REPLICA, from,
                instanceClass != null ? instanceClass : from.instanceClass, false,
                subnetGroup != null ? subnetGroup : world.regionFile(region).dbSubnetGroup(),
                securityGroups != null ? securityGroups : List.of(world.serversSecurityGroup(region)), world.now());
        replica.corruptedAt = from.corruptedAt;
        instances.add(replica);
        Duration took = world.after("rds-create-replica", () -> {
            replica.status = "available";
            world.note(WorldEvent.Kind.CHANGE, id + " created: replicating from " + from.id);
        });
        world.note(WorldEvent.Kind.CHANGE, id + ": read replica of " + from.id + " being created (" + World.shown(took) + ")");
        return replica;
    }

    public DbInstance restore(String region, String sourceId, String targetId, Instant restoreTime, String subnetGroup,
                              List<String> securityGroups, Boolean multiAz, String instanceClass) {
        DbInstance source = get(region, sourceId);
        absent(region, targetId);
        Instant latest = latestRestorableTime(source);
        if (restoreTime.isAfter(latest)) {
            throw AwsError.client("InvalidRestoreFault", "Restore time " + restoreTime + " is after the latest restorable time " + latest + ".");
        }
        if (restoreTime.isBefore(world.now().minus(source.spec().backupRetention()))) {
            throw AwsError.client("InvalidRestoreFault", "Restore time " + restoreTime + " is before the earliest restorable time.");
        }
        DbInstance copy = new DbInstance(world.account(), source.spec(), targetId, region, "creating", DbInstance.Role.PRIMARY, null,
                instanceClass != null ? instanceClass : source.instanceClass, multiAz != null && multiAz,
                subnetGroup != null ? subnetGroup : "default",
                securityGroups != null ? securityGroups : List.of(world.regionFile(region).defaultSecurityGroup()), world.now());
        boolean damaged = source.corruptedAt != null && !restoreTime.isBefore(source.corruptedAt);
        copy.corruptedAt = damaged ? source.corruptedAt : null;
        copy.copyOf = source;
        copy.copiedThrough = restoreTime;
        instances.add(copy);
        Duration took = world.after("rds-restore", () -> {
            copy.status = "available";
            world.note(WorldEvent.Kind.CHANGE, targetId + " restored as of " + restoreTime + (damaged ? " (the damage is in the copy)" : ""));
        });
        world.note(WorldEvent.Kind.CHANGE, targetId + ": restore of " + sourceId + " as of " + restoreTime + " started (" + World.shown(took) + ")");
        return copy;
    }

    /** Renames, security groups and deletion protection; always applied immediately. */
    public DbInstance modify(String region, String id, String newId, List<String> securityGroups, Boolean deletionProtection) {
        DbInstance db = available(get(region, id));
        if (newId != null && !newId.equals(id)) {
            absent(region, newId);
            db.status = "renaming";
            Duration took = world.after("rds-rename", () -> {
                db.id = newId;
                db.status = "available";
                world.note(WorldEvent.Kind.CHANGE, id + " renamed " + newId + " (the endpoint name moves with it)");
            });
            world.note(WorldEvent.Kind.CHANGE, id + " renaming to " + newId + " (" + World.shown(took) + ")");
        }
        if (securityGroups == null && deletionProtection == null) {
            return db;
        }
        if (db.status.equals("available")) {
            db.status = "modifying";
        }
        world.after("rds-modify", () -> {
            if (securityGroups != null) {
                db.securityGroups = List.copyOf(securityGroups);
            }
            if (deletionProtection != null) {
                db.deletionProtection = deletionProtection;
            }
            if (db.status.equals("modifying")) {
                db.status = "available";
            }
            world.note(WorldEvent.Kind.CHANGE, db.id + " modified" + (securityGroups == null ? "" : ": security groups " + securityGroups));
        });
        return db;
    }

    public DbSnapshot snapshot(String region, String instanceId, String snapshotId) {
        DbInstance db = get(region, instanceId);
        if (findSnapshot(region, snapshotId) != null) {
            throw AwsError.client("DBSnapshotAlreadyExists", "Cannot create the snapshot because a snapshot with the identifier "
                    + snapshotId + " already exists.");
        }
        available(db);
        DbSnapshot snapshot = new DbSnapshot(world.account(), db.spec(), snapshotId, region, instanceId, world.now(), db.created);
        snapshots.add(snapshot);
        db.status = "backing-up";
        world.after("rds-snapshot", () -> {
            snapshot.status = "available";
            if (db.status.equals("backing-up")) {
                db.status = "available";
            }
            world.note(WorldEvent.Kind.CHANGE, "snapshot " + snapshotId + " available");
        });
        return snapshot;
    }

    public DbSnapshot findSnapshot(String region, String id) {
        return snapshots.stream().filter(s -> s.region.equals(region) && s.id.equals(id)).findFirst().orElse(null);
    }

    public List<DbSnapshot> snapshots(String region) {
        return snapshots.stream().filter(s -> s.region.equals(region)).toList();
    }

    /** Fault: the machine under {@code db} dies; RDS reports the instance failed and a reboot cannot help. */
    public void hardwareFailure(DbInstance db) {
        db.failure = DbInstance.Failure.HARDWARE;
        db.status = "failed";
    }

    /** Fault: the instance stops answering (connections time out) while RDS still reports it available; a reboot clears it. */
    public void hang(DbInstance db) {
        db.failure = DbInstance.Failure.HUNG;
    }

    /** Fault: bad writes land in {@code db} from now on; replicas copy them. */
    public void corrupt(DbInstance db) {
        if (db.corruptedAt == null) {
            db.corruptedAt = world.now();
        }
    }

    /** Replicas copy their source while both ends are up; a broken link starts the lag clock. */
    void followReplication() {
        for (DbInstance replica : instances) {
            if (replica.source == null || replica.status.equals("creating")) {
                continue;
            }
            DbInstance source = replica.source;
            boolean flowing = source.serving() && world.regions().up(source.region) && world.regions().up(replica.region);
            if (flowing) {
                replica.replicationStoppedAt = null;
                if (source.corruptedAt != null && replica.corruptedAt == null) {
                    replica.corruptedAt = source.corruptedAt;
                }
            } else if (replica.replicationStoppedAt == null) {
                replica.replicationStoppedAt = world.now();
            }
        }
    }

    private DbInstance resolveSource(String region, String source, String sourceRegion) {
        if (source.startsWith("arn:aws:rds:")) {
            String[] parts = source.split(":");
            if (parts.length != 7 || !parts[5].equals("db")) {
                throw AwsError.client("InvalidParameterValue", "Invalid source DB instance ARN " + source + ".");
            }
            return get(parts[3], parts[6]);
        }
        if (sourceRegion != null && !sourceRegion.equals(region)) {
            throw AwsError.client("InvalidParameterValue", "A cross-region read replica needs the source's ARN, not its identifier.");
        }
        return get(region, source);
    }

    private DbInstance available(DbInstance db) {
        if (!db.status.equals("available")) {
            throw AwsError.client("InvalidDBInstanceState", "DB instance " + db.id + " is not in available state (it is " + db.status + ").");
        }
        return db;
    }

    private void absent(String region, String id) {
        if (find(region, id) != null) {
            throw AwsError.client("DBInstanceAlreadyExists", "DB instance already exists");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
