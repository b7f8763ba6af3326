package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.DbSnapshot;
import dev.playbook.sim.world.Rds;
import dev.playbook.sim.world.WorldFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The RDS operations of the runbook, rendered as the SDK's DescribeDBInstances & co. responses. */
final class RdsApi {

    private RdsApi() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.rds.describeDBInstances", RdsApi::describeInstances);
        AwsGateway.register(handlers, "aws.rds.rebootDBInstance", c -> wrap(c, rds(c).reboot(c.region(), c.args().required("DBInstanceIdentifier"))));
        AwsGateway.register(handlers, "aws.rds.promoteReadReplica", c -> wrap(c, rds(c).promote(c.region(), c.args().required("DBInstanceIdentifier"))));
        AwsGateway.register(handlers, "aws.rds.createDBInstanceReadReplica", RdsApi::createReplica);
        AwsGateway.register(handlers, "aws.rds.restoreDBInstanceToPointInTime", RdsApi::restore);
        AwsGateway.register(handlers, "aws.rds.modifyDBInstance", RdsApi::modify);
        AwsGateway.register(handlers, "aws.rds.createDBSnapshot", RdsApi::createSnapshot);
        AwsGateway.register(handlers, "aws.rds.describeDBSnapshots", RdsApi::describeSnapshots);
    }

    private static Rds rds(Call c) {
        return c.world().rds();
    }

    private static Object describeInstances(Call c) {
        Args a = c.args();
        String id = a.string("DBInstanceIdentifier");
        List<DbInstance> found;
        if (id != null) {
            found = List.of(rds(c).get(c.region(), id));
        } else {
            List<String> wanted = filterValues(a, "db-instance-id");
            found = rds(c).in(c.region()).stream()
                    .filter(db -> wanted == null || wanted.contains(db.id()) || wanted.contains(db.arn())).toList();
        }
        return Tree.of("DBInstances", found.stream().map(db -> instance(c, db)).toList());
    }

    private static Object createReplica(Call c) {
        Args a = c.args();
        return wrap(c, rds(c).createReplica(c.region(), a.required("DBInstanceIdentifier"), a.required("SourceDBInstanceIdentifier"),
                a.string("SourceRegion"), a.string("DBInstanceClass"), a.string("DBSubnetGroupName"), a.strings("VpcSecurityGroupIds")));
    }

    private static Object restore(Call c) {
        Args a = c.args();
        Instant when = Boolean.TRUE.equals(a.bool("UseLatestRestorableTime"))
                ? rds(c).latestRestorableTime(rds(c).get(c.region(), a.required("SourceDBInstanceIdentifier"))) : a.time("RestoreTime");
        if (when == null) {
            throw AwsError.client("InvalidParameterCombination", "Either RestoreTime or UseLatestRestorableTime must be given.");
        }
        return wrap(c, rds(c).restore(c.region(), a.required("SourceDBInstanceIdentifier"), a.required("TargetDBInstanceIdentifier"), when,
                a.string("DBSubnetGroupName"), a.strings("VpcSecurityGroupIds"), a.bool("MultiAZ"), a.string("DBInstanceClass")));
    }

    private static Object modify(Call c) {
        Args a = c.args();
        return wrap(c, rds(c).modify(c.region(), a.required("DBInstanceIdentifier"), a.string("NewDBInstanceIdentifier"),
                a.strings("VpcSecurityGroupIds"), a.bool("DeletionProtection")));
    }

    private static Object createSnapshot(Call c) {
        Args a = c.args();
        return Tree.of("DBSnapshot", snapshot(rds(c).snapshot(c.region(), a.required("DBInstanceIdentifier"), a.required("DBSnapshotIdentifier"))));
    }

    private static Object describeSnapshots(Call c) {
        Args a = c.args();
        String id = a.string("DBSnapshotIdentifier");
        String instance = a.string("DBInstanceIdentifier");
        List<DbSnapshot> found = rds(c).snapshots(c.region()).stream()
                .filter(s -> (id == null || s.id().equals(id)) && (instance == null || s.instanceId().equals(instance))).toList();
        if (id != null && found.isEmpty()) {
            throw AwsError.notFound("DBSnapshotNotFound", "DBSnapshot " + id + " not found.");
        }
        return Tree.of("DBSnapshots", found.stream().map(RdsApi::snapshot).toList());
    }

    private static Object wrap(Call c, DbInstance db) {
        return Tree.of("DBInstance", instance(c, db));
    }

    static Map<String, Object> instance(Call c, DbInstance db) {
        Rds rds = c.world().rds();
        boolean replica = db.source() != null;
        WorldFile.Database spec = db.spec();
        return Tree.of(
                "DBInstanceIdentifier", db.id(),
                "DBInstanceClass", db.instanceClass(),
                "Engine", spec.engine(),
                "DBInstanceStatus", db.status(),
                "MasterUsername", spec.masterUsername(),
                "DBName", spec.dbName(),
                "Endpoint", db.status().equals("creating") ? null
                        : Tree.of("Address", db.endpoint(), "Port", spec.port(), "HostedZoneId", "Z2R2ITUGPM61AM"),
                "AllocatedStorage", spec.allocatedStorage(),
                "InstanceCreateTime", db.created(),
                "PreferredBackupWindow", "03:00-03:30",
                "BackupRetentionPeriod", spec.backupRetention().toDays(),
                "VpcSecurityGroups", db.securityGroups().stream().map(g -> Tree.of("VpcSecurityGroupId", g, "Status", "active")).toList(),
                "AvailabilityZone", db.region() + "a",
                "DBSubnetGroup", Tree.of("DBSubnetGroupName", db.subnetGroup(), "DBSubnetGroupDescription", "database subnets",
                        "VpcId", "vpc-0" + Integer.toHexString(db.region().hashCode()), "SubnetGroupStatus", "Complete"),
                "LatestRestorableTime", replica ? null : rds.latestRestorableTime(db),
                "MultiAZ", db.multiAz(),
                "EngineVersion", spec.engineVersion(),
                "AutoMinorVersionUpgrade", true,
                "ReadReplicaSourceDBInstanceIdentifier", db.sourceName(),
                "ReadReplicaDBInstanceIdentifiers", rds.replicasOf(db).stream()
                        .map(r -> r.region().equals(db.region()) ? r.id() : r.arn()).toList(),
                "PubliclyAccessible", false,
                "StatusInfos", replica ? List.of(replicationStatus(db)) : null,
                "StorageType", "gp3",
                "StorageEncrypted", false,
                "DBInstanceArn", db.arn(),
                "DeletionProtection", db.deletionProtection());
    }

    private static Map<String, Object> replicationStatus(DbInstance db) {
        boolean flowing = db.replicationStoppedAt() == null;
        return Tree.of("StatusType", "read replication", "Normal", flowing, "Status", flowing ? "replicating" : "error",
                "Message", flowing ? null : "Replication from the source stopped at " + db.replicationStoppedAt() + ".");
    }

    private static Map<String, Object> snapshot(DbSnapshot s) {
        WorldFile.Database spec = s.spec();
        return Tree.of("DBSnapshotIdentifier", s.id(), "DBInstanceIdentifier", s.instanceId(),
                "SnapshotCreateTime", s.status().equals("creating") ? null : s.created(), "Engine", spec.engine(), "AllocatedStorage", spec.allocatedStorage(),
                "Status", s.status(), "Port", spec.port(), "AvailabilityZone", s.region() + "a", "InstanceCreateTime", s.instanceCreated(),
                "MasterUsername", spec.masterUsername(), "EngineVersion", spec.engineVersion(), "SnapshotType", "manual",
                "PercentProgress", s.status().equals("creating") ? 40L : 100L, "StorageType", "gp3", "Encrypted", false,
                "DBSnapshotArn", s.arn());
    }

    /** The values of a describe filter ({@code Filters: [{Name, Values}]}), or null when it has none. */
    private static List<String> filterValues(Args a, String name) {
        for (Map<String, Object> filter : a.maps("Filters")) {
            if (!name.equals(filter.get("Name"))) {
                throw new AwsError("NotSimulated", 400, "not simulated: filter " + filter.get("Name")
                        + "; the simulator filters DB instances by " + name + " only", false);
            }
            Object values = filter.get("Values");
            return values instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        }
        return null;
    }
}
