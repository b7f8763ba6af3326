package dev.playbook.sim.world;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A world file as read (format in {@code format/WorldFormatV1}, docs/world-format.md), every
 * default already applied: the account, each region's resources, the hosted zones and the
 * application topology. {@link WorldBuilder} makes a running {@link World} of it.
 *
 * @param file the file it came from
 * @param playbooks the playbooks it is the default world of, when a {@code worlds/} directory has several
 */
public record WorldFile(String file, String name, String description, List<String> playbooks, String account, List<Region> regions,
                        List<Zone> zones, Application application, Map<String, Timings.Range> timings) {

    public WorldFile {
        playbooks = List.copyOf(playbooks);
        regions = List.copyOf(regions);
        zones = List.copyOf(zones);
        timings = Map.copyOf(timings);
    }

    /** The region of steps that name none: the first region of the file. */
    public String defaultRegion() {
        return regions.get(0).name();
    }

    public List<String> regionNames() {
        return regions.stream().map(Region::name).toList();
    }

    public Optional<Region> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** One region and what it holds. */
    public record Region(String name, String rdsEndpointId, String cacheEndpointId, String dbSubnetGroup, String defaultSecurityGroup,
                         List<Database> databases, List<LaunchTemplate> launchTemplates, List<Group> groups, List<Balancer> loadBalancers,
                         List<CacheGroup> caches, List<String> topics, List<Alarm> alarms) {

        public Region {
            databases = List.copyOf(databases);
            launchTemplates = List.copyOf(launchTemplates);
            groups = List.copyOf(groups);
            loadBalancers = List.copyOf(loadBalancers);
            caches = List.copyOf(caches);
            topics = List.copyOf(topics);
            alarms = List.copyOf(alarms);
        }
    }

    /** An RDS instance; {@code source} is the id of the instance a replica follows, or null for a primary. */
    public record Database(String id, String source, String instanceClass, String engine, String engineVersion, long port, String dbName,
                           String masterUsername, long allocatedStorage, boolean multiAz, String subnetGroup, List<String> securityGroups,
                           boolean deletionProtection, Duration backupRetention, Duration restorableLag, Duration age) {

        public Database {
            securityGroups = List.copyOf(securityGroups);
        }
    }

    /** A launch template; {@code id} and image ids may be null, to be generated from the seed. */
    public record LaunchTemplate(String name, String id, List<TemplateVersion> versions, long defaultVersion, Duration age) {

        public LaunchTemplate {
            versions = List.copyOf(versions);
        }
    }

    public record TemplateVersion(String instanceType, String imageId, String description) {
    }

    public record Group(String name, int min, int max, int desired, String launchTemplate, String launchTemplateVersion,
                        String healthCheckType, int healthCheckGracePeriod, List<String> zones, List<Tag> tags) {

        public Group {
            zones = List.copyOf(zones);
            tags = List.copyOf(tags);
        }
    }

    public record Tag(String key, String value) {
    }

    public record Balancer(String name, String id, String dnsName, String canonicalZoneId, String targetGroup, long targetPort,
                           String healthCheckPath, String group) {
    }

    public record CacheGroup(String id, String description, String nodeType, boolean automaticFailover, List<CacheMember> members) {

        public CacheGroup {
            members = List.copyOf(members);
        }
    }

    public record CacheMember(String id, boolean primary, String zone) {
    }

    /** A metric alarm; {@code value} is a database id or a load balancer name, {@code actions} topic names. */
    public record Alarm(String name, String namespace, String metric, String dimension, String value, double threshold, String statistic,
                        String comparison, List<String> actions) {

        public Alarm {
            actions = List.copyOf(actions);
        }
    }

    public record Zone(String id, String name, List<Record> records) {

        public Zone {
            records = List.copyOf(records);
        }
    }

    /** A record set: {@code alias} names a load balancer, or {@code values} are plain. */
    public record Record(String name, String type, String alias, Long ttl, List<String> values) {

        public Record {
            values = values == null ? null : List.copyOf(values);
        }
    }

    /** The application topology; the first endpoint is the one a drill judges. */
    public record Application(String title, List<Endpoint> endpoints, List<Servers> servers) {

        public Application {
            endpoints = List.copyOf(endpoints);
            servers = List.copyOf(servers);
        }
    }

    public record Endpoint(String host, String healthPath, String apiPrefix) {
    }

    public record Servers(String region, String database, String databaseRegion, String cache, String securityGroup) {
    }
}
