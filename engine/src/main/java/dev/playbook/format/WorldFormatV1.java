package dev.playbook.format;

import static dev.playbook.format.FieldSpec.optional;
import static dev.playbook.format.FieldSpec.required;
import static dev.playbook.format.FieldSpec.requiredNonEmpty;
import static dev.playbook.format.FieldType.BOOLEAN;
import static dev.playbook.format.FieldType.DURATION;
import static dev.playbook.format.FieldType.DURATION_RANGE;
import static dev.playbook.format.FieldType.INTEGER;
import static dev.playbook.format.FieldType.NAME;
import static dev.playbook.format.FieldType.NUMBER;
import static dev.playbook.format.FieldType.STRING;
import static dev.playbook.format.FieldType.enumOf;
import static dev.playbook.format.FieldType.listOf;
import static dev.playbook.format.FieldType.namedMapOf;
import static dev.playbook.format.FieldType.object;

import java.util.List;

/**
 * The world format, version 1: what exists in a team's AWS account before anything goes wrong,
 * and the application topology no AWS call shows. The simulator builds its world from such a
 * file; the loader, the JSON Schema ({@code schema/world-v1.schema.json}) and the tables of
 * docs/world-format.md all come from this one definition.
 */
public final class WorldFormatV1 {

    public static final List<String> DATABASE_ROLES = List.of("primary", "replica");
    public static final List<String> CACHE_ROLES = List.of("primary", "replica");
    public static final List<String> HEALTH_CHECK_TYPES = List.of("EC2", "ELB");
    public static final List<String> COMPARISONS = List.of("GreaterThanThreshold", "GreaterThanOrEqualToThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold");

    public static final ObjectSpec WORLD = new ObjectSpec("World",
            "The top level of a world file.",
            List.of(
                    required("apiVersion", enumOf(FormatV1.API_VERSION), "Format version; only `" + FormatV1.API_VERSION + "`."),
                    required("kind", enumOf("World"), "Always `World`."),
                    required("metadata", object("WorldMetadata"), "The world's name and the playbooks it is the default world of."),
                    required("account", STRING, "The 12-digit AWS account id every ARN names."),
                    requiredNonEmpty("regions", listOf(object("Region")), "The regions that hold resources; the first is where a step that names no region goes. Any other region exists but holds nothing."),
                    optional("hosted_zones", listOf(object("HostedZone")), "Route53 hosted zones (global)."),
                    required("application", object("Application"), "The application topology: what answers on which names, and which database and cache each region's servers use."),
                    optional("timings", namedMapOf(DURATION_RANGE), "How long things take here, overriding the simulator's defaults by name (docs/simulator.md, Durations); a scenario's `durations` override these.")));

    public static final ObjectSpec METADATA = new ObjectSpec("WorldMetadata",
            "Describes the world.",
            List.of(
                    required("name", NAME, "Short name, printed as `world: NAME` when a drill starts."),
                    optional("description", STRING, "Free text."),
                    optional("playbooks", listOf(NAME), "Names (`metadata.name`) of the playbooks that use this world when a `worlds/` directory holds several.")));

    public static final ObjectSpec REGION = new ObjectSpec("Region",
            "One region and what it holds.",
            List.of(
                    required("name", STRING, "The region (`eu-central-1`)."),
                    optional("rds_endpoint_id", STRING, "The account's RDS endpoint id in this region: endpoints read `<db>.<id>.<region>.rds.amazonaws.com`."),
                    optional("elasticache_endpoint_id", STRING, "The account's ElastiCache endpoint id in this region: `<cluster>.<id>.<short region>.cache.amazonaws.com`."),
                    optional("db_subnet_group", STRING, "Subnet group of databases created without one (default `default`)."),
                    optional("default_security_group", STRING, "The VPC's default security group: a restored database gets it when the call names none."),
                    optional("databases", listOf(object("Database")), "RDS instances."),
                    optional("launch_templates", listOf(object("LaunchTemplate")), "EC2 launch templates."),
                    optional("auto_scaling_groups", listOf(object("AutoScalingGroup")), "Auto Scaling groups; each starts with `desired` instances InService."),
                    optional("load_balancers", listOf(object("LoadBalancer")), "Application load balancers, each with its target group."),
                    optional("cache_replication_groups", listOf(object("CacheReplicationGroup")), "ElastiCache (Redis) replication groups."),
                    optional("sns_topics", listOf(STRING), "SNS topic names; alarms name them as actions."),
                    optional("alarms", listOf(object("Alarm")), "CloudWatch metric alarms.")));

    public static final ObjectSpec DATABASE = new ObjectSpec("Database",
            "An RDS instance.",
            List.of(
                    required("id", STRING, "DBInstanceIdentifier."),
                    required("role", enumOf(DATABASE_ROLES.toArray(String[]::new)), "`primary` (writable) or `replica` (a read replica of `source`)."),
                    optional("source", STRING, "For a replica: the id of the instance it replicates, in this or another region of the world."),
                    required("class", STRING, "DBInstanceClass (`db.r6g.large`)."),
                    optional("engine", STRING, "Engine (default `postgres`)."),
                    optional("engine_version", STRING, "Engine version (default `15.5`)."),
                    optional("port", INTEGER, "Endpoint port (default 5432)."),
                    optional("db_name", STRING, "DBName."),
                    optional("master_username", STRING, "MasterUsername (default `postgres`)."),
                    optional("allocated_storage", INTEGER, "GiB (default 100)."),
                    optional("multi_az", BOOLEAN, "MultiAZ (default false)."),
                    optional("subnet_group", STRING, "DB subnet group (default: the region's `db_subnet_group`)."),
                    optional("security_groups", listOf(STRING), "VPC security group ids; the application reaches the database only through its servers' `security_group`."),
                    optional("deletion_protection", BOOLEAN, "DeletionProtection (default false)."),
                    optional("backup_retention", DURATION, "Automated backups kept (default 7d for a primary, none for a replica); bounds point-in-time restore."),
                    optional("restorable_lag", DURATION, "How far LatestRestorableTime trails the present (default 5m)."),
                    optional("age", DURATION, "How long before the drill the instance was created (default 400d).")));

    public static final ObjectSpec LAUNCH_TEMPLATE = new ObjectSpec("LaunchTemplate",
            "An EC2 launch template with its versions.",
            List.of(
                    required("name", STRING, "LaunchTemplateName."),
                    optional("id", STRING, "LaunchTemplateId (default: generated from the seed)."),
                    requiredNonEmpty("versions", listOf(object("LaunchTemplateVersion")), "Versions 1, 2, ... in order."),
                    optional("default_version", INTEGER, "The default version (default: the latest)."),
                    optional("age", DURATION, "How long before the drill the template was created (default 400d); version N is N days younger.")));

    public static final ObjectSpec LAUNCH_TEMPLATE_VERSION = new ObjectSpec("LaunchTemplateVersion",
            "One version's launch data.",
            List.of(
                    required("instance_type", STRING, "InstanceType (`m6i.large`)."),
                    optional("image_id", STRING, "ImageId (default: generated from the seed)."),
                    optional("description", STRING, "VersionDescription.")));

    public static final ObjectSpec AUTO_SCALING_GROUP = new ObjectSpec("AutoScalingGroup",
            "An Auto Scaling group.",
            List.of(
                    required("name", STRING, "AutoScalingGroupName."),
                    required("min", INTEGER, "MinSize."),
                    required("max", INTEGER, "MaxSize."),
                    required("desired", INTEGER, "DesiredCapacity; that many instances are InService when the drill starts."),
                    required("launch_template", STRING, "The name of a launch template of the region."),
                    optional("launch_template_version", STRING, "`$Latest` (default), `$Default` or a number."),
                    optional("health_check_type", enumOf(HEALTH_CHECK_TYPES.toArray(String[]::new)), "`EC2` (default) or `ELB`: with ELB an instance the load balancer finds unhealthy is replaced."),
                    optional("health_check_grace_period", INTEGER, "Seconds (default 300); reported, not modelled."),
                    optional("zones", listOf(STRING), "Availability zones (default: the region's a, b and c)."),
                    optional("tags", listOf(object("Tag")), "Tags, propagated at launch.")));

    public static final ObjectSpec TAG = new ObjectSpec("Tag",
            "A tag.",
            List.of(
                    required("key", STRING, "Key."),
                    required("value", STRING, "Value.")));

    public static final ObjectSpec LOAD_BALANCER = new ObjectSpec("LoadBalancer",
            "An application load balancer, its target group and the Auto Scaling group behind it.",
            List.of(
                    required("name", STRING, "LoadBalancerName; its CloudWatch `LoadBalancer` dimension is `app/<name>/<id>`."),
                    required("id", STRING, "The id in its ARN (16 hex digits)."),
                    required("dns_name", STRING, "DNSName; Route53 aliases point at it."),
                    required("canonical_zone_id", STRING, "CanonicalHostedZoneId; an alias to it must name this zone."),
                    required("target_group", STRING, "TargetGroupName of its one target group."),
                    optional("target_port", INTEGER, "Port of the targets (default 8080)."),
                    optional("health_check_path", STRING, "Target group health check path (default `/health`)."),
                    required("auto_scaling_group", STRING, "The Auto Scaling group of the region registered in the target group.")));

    public static final ObjectSpec CACHE_GROUP = new ObjectSpec("CacheReplicationGroup",
            "An ElastiCache (Redis) replication group with one node group.",
            List.of(
                    required("id", STRING, "ReplicationGroupId."),
                    optional("description", STRING, "Description."),
                    required("node_type", STRING, "CacheNodeType (`cache.r6g.large`)."),
                    optional("automatic_failover", BOOLEAN, "A replica is promoted when the primary is lost (default true)."),
                    requiredNonEmpty("members", listOf(object("CacheMember")), "Its nodes; exactly one is the primary.")));

    public static final ObjectSpec CACHE_MEMBER = new ObjectSpec("CacheMember",
            "One node (cache cluster) of a replication group.",
            List.of(
                    required("id", STRING, "CacheClusterId (`<group>-001`)."),
                    required("role", enumOf(CACHE_ROLES.toArray(String[]::new)), "CurrentRole."),
                    optional("zone", STRING, "Availability zone (default: the region's a, b, ... in order).")));

    public static final ObjectSpec ALARM = new ObjectSpec("Alarm",
            "A CloudWatch metric alarm. Its state is computed from the world: CPUUtilization of an RDS instance is in ALARM while the instance hangs and INSUFFICIENT_DATA once it has failed; UnHealthyHostCount of a load balancer is in ALARM while a target is unhealthy; any other alarm stays OK.",
            List.of(
                    required("name", STRING, "AlarmName."),
                    required("namespace", STRING, "Namespace (`AWS/RDS`, `AWS/ApplicationELB`)."),
                    required("metric", STRING, "MetricName."),
                    required("dimension", STRING, "Dimension name (`DBInstanceIdentifier`, `LoadBalancer`)."),
                    required("value", STRING, "Dimension value: a database id, or a load balancer's name (written as its `app/<name>/<id>` dimension)."),
                    required("threshold", NUMBER, "Threshold."),
                    optional("statistic", STRING, "Statistic (default `Average`)."),
                    optional("comparison", enumOf(COMPARISONS.toArray(String[]::new)), "ComparisonOperator (default `GreaterThanThreshold`)."),
                    optional("actions", listOf(STRING), "SNS topic names of the region notified in ALARM.")));

    public static final ObjectSpec HOSTED_ZONE = new ObjectSpec("HostedZone",
            "A Route53 hosted zone and its records.",
            List.of(
                    required("id", STRING, "Hosted zone id (`Z0123456789ABC`)."),
                    required("name", STRING, "Domain (`prod.example.net`); records must lie inside it."),
                    optional("records", listOf(object("Record")), "Record sets.")));

    public static final ObjectSpec RECORD = new ObjectSpec("Record",
            "A record set: an alias to a load balancer, or plain values.",
            List.of(
                    required("name", STRING, "Fully qualified name."),
                    optional("type", STRING, "Type (default `A`)."),
                    optional("alias", STRING, "The name of the load balancer (in any region) the alias points at."),
                    optional("ttl", INTEGER, "TTL in seconds of a plain record."),
                    optional("values", listOf(STRING), "Values of a plain record.")),
            List.of("alias", "values"), java.util.Map.of("ttl", "values"), java.util.Map.of());

    public static final ObjectSpec APPLICATION = new ObjectSpec("Application",
            "The part of the world no AWS call shows or changes: the names users reach, and where each region's application servers send their queries. A drill judges the first endpoint.",
            List.of(
                    optional("title", STRING, "The name the home page (`/`) shows."),
                    requiredNonEmpty("endpoints", listOf(object("Endpoint")), "Host names the application answers on, through the record of that name."),
                    requiredNonEmpty("servers", listOf(object("Servers")), "Per region: the database and cache the servers behind its load balancer use.")));

    public static final ObjectSpec ENDPOINT = new ObjectSpec("Endpoint",
            "A host name of the application.",
            List.of(
                    required("host", STRING, "Host name; a record of a hosted zone must resolve it to a load balancer."),
                    optional("health_path", STRING, "The path that answers 200 while the servers reach their database (default `/health`)."),
                    optional("api_prefix", STRING, "Paths under it read (GET) or write (other methods) the database (default `/api/`).")));

    public static final ObjectSpec SERVERS = new ObjectSpec("Servers",
            "The application servers of one region.",
            List.of(
                    required("region", STRING, "A region of the world."),
                    required("database", STRING, "The id of the database they query."),
                    optional("database_region", STRING, "Where that database is (default: the servers' region)."),
                    optional("cache", STRING, "The cache they use: a replication group or cache cluster id of their region."),
                    required("security_group", STRING, "The security group they reach the database through: a database without it in its security groups is unreachable.")));

    /** Every object, the root first; the order of docs/world-format.md. */
    public static final List<ObjectSpec> OBJECTS = List.of(WORLD, METADATA, REGION, DATABASE, LAUNCH_TEMPLATE, LAUNCH_TEMPLATE_VERSION,
            AUTO_SCALING_GROUP, TAG, LOAD_BALANCER, CACHE_GROUP, CACHE_MEMBER, ALARM, HOSTED_ZONE, RECORD, APPLICATION, ENDPOINT, SERVERS);

    public static final Format FORMAT = new Format("world-v1.schema.json", "playbook world " + FormatV1.API_VERSION,
            "What exists in an AWS account before anything goes wrong, for drills.", WORLD, OBJECTS, "playbook world schema --markdown");

    private WorldFormatV1() {
    }
}
