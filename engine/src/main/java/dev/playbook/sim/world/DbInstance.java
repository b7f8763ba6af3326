package dev.playbook.sim.world;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One RDS instance as the world tracks it; the RDS API renders it as a {@code DBInstance}. */
public final class DbInstance {

    /** Statuses in which the instance accepts connections. */
    private static final Set<String> SERVING = Set.of("available", "modifying", "backing-up", "storage-optimization");

    public enum Role { PRIMARY, REPLICA }

    /** What is wrong with the machine underneath, as a fault injects it. */
    public enum Failure { NONE, HUNG, HARDWARE }

    String id;
    final String region;
    String status;
    Role role;
    /** The instance this one replicates from (it follows the instance through renames), or null. */
    DbInstance source;
    boolean promoting;
    final String instanceClass;
    final boolean multiAz;
    final String subnetGroup;
    List<String> securityGroups;
    boolean deletionProtection;
    final Instant created;
    Failure failure = Failure.NONE;
    /** When this copy of the data went bad (replicated or restored along), or null. */
    Instant corruptedAt;
    /** When a replica last heard from its source, while replication is broken; null while it replicates. */
    Instant replicationStoppedAt;
    private final Account account;
    /** What the file says of it, or of the instance it was copied from: engine, port, storage, backups. */
    private final WorldFile.Database spec;
    /**
     * The instance whose writes this one holds up to {@link #copiedThrough}, besides its own: a
     * promoted replica's former source, a restore's source; null for an original.
     */
    DbInstance copyOf;
    Instant copiedThrough;

    DbInstance(Account account, WorldFile.Database spec, String id, String region, String status, Role role, DbInstance source,
               String instanceClass, boolean multiAz, String subnetGroup, List<String> securityGroups, Instant created) {
        this.account = account;
        this.spec = spec;
        this.id = id;
        this.region = region;
        this.status = status;
        this.role = role;
        this.source = source;
        this.instanceClass = instanceClass;
        this.multiAz = multiAz;
        this.subnetGroup = subnetGroup;
        this.securityGroups = List.copyOf(securityGroups);
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String region() {
        return region;
    }

    public String status() {
        return status;
    }

    public Role role() {
        return role;
    }

    public DbInstance source() {
        return source;
    }

    /** How RDS names the source: its ARN across regions, its identifier within one; null for a primary. */
    public String sourceName() {
        if (source == null) {
            return null;
        }
        return source.region.equals(region) ? source.id : source.arn();
    }

    public String instanceClass() {
        return instanceClass;
    }

    public boolean multiAz() {
        return multiAz;
    }

    public String subnetGroup() {
        return subnetGroup;
    }

    public List<String> securityGroups() {
        return securityGroups;
    }

    public boolean deletionProtection() {
        return deletionProtection;
    }

    public Instant created() {
        return created;
    }

    /** Engine, port, names, storage and backups, as the world file gives them. */
    public WorldFile.Database spec() {
        return spec;
    }

    public Failure failure() {
        return failure;
    }

    public Instant corruptedAt() {
        return corruptedAt;
    }

    public Instant replicationStoppedAt() {
        return replicationStoppedAt;
    }

    /**
     * Up to when this instance holds the writes made to {@code other}: along the chain of sources
     * and copies, the earliest point where a copy stopped following. {@code now} for the instance
     * itself; null when its data does not descend from {@code other}.
     */
    public Instant holdsWritesOf(DbInstance other, Instant now) {
        Instant through = now;
        for (DbInstance at = this; at != null; ) {
            if (at == other) {
                return through;
            }
            Instant followed;
            DbInstance next;
            if (at.source != null) {
                followed = (at.replicationStoppedAt == null ? now : at.replicationStoppedAt).minusSeconds(Rds.NORMAL_LAG_SECONDS);
                next = at.source;
            } else {
                followed = at.copiedThrough;
                next = at.copyOf;
            }
            if (followed != null && followed.isBefore(through)) {
                through = followed;
            }
            at = next;
        }
        return null;
    }

    public String arn() {
        return account.arn("rds", region, "db:" + id);
    }

    /** The endpoint follows the identifier, as RDS's does: a rename moves the name to another instance. */
    public String endpoint() {
        return id + "." + account.rdsEndpointSuffix(region);
    }

    /** Accepts connections: a serving status and a healthy machine. */
    public boolean serving() {
        return SERVING.contains(status) && failure == Failure.NONE;
    }

    /** Accepts writes: serving and no longer (or never) a read replica. */
    public boolean writable() {
        return serving() && role == Role.PRIMARY;
    }
}
