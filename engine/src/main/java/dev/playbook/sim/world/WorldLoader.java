package dev.playbook.sim.world;

import dev.playbook.diag.PlaybookException;
import dev.playbook.diag.Suggest;
import dev.playbook.format.FormatV1;
import dev.playbook.format.ObjectSpec;
import dev.playbook.format.WorldFormatV1;
import dev.playbook.load.DefinedDocument;
import dev.playbook.load.Fields;
import dev.playbook.load.NodeReader;
import dev.playbook.load.SourceFile;
import dev.playbook.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a world file with the definition engine of playbooks ({@link WorldFormatV1}, the same
 * limits and messages), then checks what the format alone cannot: that every name a resource
 * gives (a replica's source, a group's launch template, an alias's load balancer, the servers'
 * database and cache) is a resource of the file. Every problem is reported at its position, with
 * did-you-mean.
 */
public final class WorldLoader {

    /** A name that refers to a resource the world does not have. */
    static final String REFERENCE = "world-reference";
    private static final Pattern ACCOUNT = Pattern.compile("^[0-9]{12}$");
    private static final Pattern REGION_NAME = Pattern.compile("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$");
    private static final Duration DEFAULT_AGE = Duration.ofDays(400);

    private final NodeReader reader;
    private final String file;
    /** Cross-references, checked once every resource has been read. */
    private final List<Runnable> references = new ArrayList<>();
    /** The regions once read, for references across regions (replica sources, aliases, servers). */
    private final List<WorldFile.Region> regionsRead = new ArrayList<>();
    private final List<WorldFile.Zone> zonesRead = new ArrayList<>();

    private WorldLoader(NodeReader reader, String file) {
        this.reader = reader;
        this.file = file;
    }

    /** The world in {@code path}; throws {@link PlaybookException} with every problem found. */
    public static WorldFile load(Path path) {
        return load(SourceFile.read(path));
    }

    public static WorldFile load(String name, String text) {
        return load(new SourceFile(name, text));
    }

    private static WorldFile load(SourceFile source) {
        return DefinedDocument.read(source, (reader, root) -> new WorldLoader(reader, source.name()).world(root)).orThrow();
    }

    private WorldFile world(Node root) {
        Fields top = reader.fields(root, WorldFormatV1.WORLD, "the world");
        if (top == null) {
            return null;
        }
        reader.oneOf(top.node("apiVersion"), FormatV1.SUPPORTED_API_VERSIONS);
        reader.oneOf(top.node("kind"), List.of("World"));
        Fields meta = object(top.node("metadata"), WorldFormatV1.METADATA, "metadata");
        String name = meta == null ? null : reader.name(meta.node("name"));
        String description = meta == null ? null : reader.string(meta.node("description"));
        List<String> playbooks = meta == null ? List.of() : reader.strings(meta.node("playbooks"), "playbooks");
        String account = reader.string(top.node("account"));
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            reader.error(reader.pos(top.node("account")), "bad-value", "account `" + account + "` is not a 12-digit AWS account id", "quote it: account: \"123456789012\"");
        }
        List<WorldFile.Region> regions = list(top.node("regions"), "regions", this::region);
        regionsRead.addAll(regions);
        unique(top.node("regions"), "region", "name");
        List<WorldFile.Zone> zones = list(top.node("hosted_zones"), "hosted_zones", this::zone);
        zonesRead.addAll(zones);
        WorldFile.Application application = application(top.node("application"));
        Map<String, Timings.Range> timings = timings(top.node("timings"));
        if (!reader.diagnostics().hasErrors()) {
            references.forEach(Runnable::run);
        }
        return new WorldFile(file, name, description, playbooks, account, regions, zones, application, timings);
    }

    private WorldFile.Region region(Node node) {
        Fields f = object(node, WorldFormatV1.REGION, "a region");
        if (f == null) {
            return null;
        }
        String name = reader.string(f.node("name"));
        if (name != null && !REGION_NAME.matcher(name).matches()) {
            reader.error(reader.pos(f.node("name")), "bad-value", "`" + name + "` is not an AWS region name", "for example eu-central-1");
        }
        String region = name == null ? "?" : name;
        List<WorldFile.LaunchTemplate> templates = list(f.node("launch_templates"), "launch_templates", this::launchTemplate);
        List<WorldFile.Database> databases = list(f.node("databases"), "databases", n -> database(n, region));
        List<WorldFile.Group> groups = list(f.node("auto_scaling_groups"), "auto_scaling_groups", n -> group(n, region));
        List<WorldFile.Balancer> balancers = list(f.node("load_balancers"), "load_balancers", this::balancer);
        List<WorldFile.CacheGroup> caches = list(f.node("cache_replication_groups"), "cache_replication_groups", n -> cacheGroup(n, region));
        List<String> topics = reader.strings(f.node("sns_topics"), "sns_topics");
        List<WorldFile.Alarm> alarms = list(f.node("alarms"), "alarms", this::alarm);
        for (String key : List.of("databases", "launch_templates", "auto_scaling_groups", "load_balancers", "cache_replication_groups")) {
            unique(f.node(key), key.replace('_', ' ').replaceFirst("s$", ""), key.equals("databases") || key.equals("cache_replication_groups") ? "id" : "name");
        }
        references.add(() -> {
            databases.stream().filter(d -> d.source() != null).forEach(d -> refer(d.source(), "database",
                    regionsRead.stream().flatMap(r -> r.databases().stream()).map(WorldFile.Database::id).toList(), null,
                    positionOf(f.node("databases"), d.id(), "source")));
            groups.forEach(g -> refer(g.launchTemplate(), "launch template", templates.stream().map(WorldFile.LaunchTemplate::name).toList(),
                    region, positionOf(f.node("auto_scaling_groups"), g.name(), "launch_template")));
            balancers.forEach(b -> refer(b.group(), "Auto Scaling group", groups.stream().map(WorldFile.Group::name).toList(),
                    region, positionOf(f.node("load_balancers"), b.name(), "auto_scaling_group")));
            alarms.forEach(a -> a.actions().forEach(t -> refer(t, "SNS topic", topics, region, positionOf(f.node("alarms"), a.name(), "actions"))));
        });
        return new WorldFile.Region(region, text(f, "rds_endpoint_id", hashOf(region, 12)), text(f, "elasticache_endpoint_id", hashOf(region, 6)),
                text(f, "db_subnet_group", "default"), text(f, "default_security_group", "sg-0" + hashOf(region, 16)),
                databases, templates, groups, balancers, caches, topics, alarms);
    }

    private WorldFile.Database database(Node node, String region) {
        Fields f = object(node, WorldFormatV1.DATABASE, "a database");
        if (f == null) {
            return null;
        }
        String role = reader.oneOf(f.node("role"), WorldFormatV1.DATABASE_ROLES);
        String source = reader.string(f.node("source"));
        boolean replica = "replica".equals(role);
        if (replica && source == null) {
            reader.error(f.pos(), "missing-field", "a replica has no `source`", "name the database it replicates: source: <id>");
        } else if ("primary".equals(role) && source != null) {
            reader.error(f.keyPos("source"), "unknown-key", "a primary has no `source`", "make it `role: replica`, or remove `source`");
        }
        return new WorldFile.Database(reader.string(f.node("id")), source, reader.string(f.node("class")), text(f, "engine", "postgres"),
                text(f, "engine_version", "15.5"), whole(f, "port", 5432), reader.string(f.node("db_name")), text(f, "master_username", "postgres"),
                whole(f, "allocated_storage", 100), flag(f, "multi_az", false), reader.string(f.node("subnet_group")),
                reader.strings(f.node("security_groups"), "security_groups"), flag(f, "deletion_protection", false),
                time(f, "backup_retention", replica ? Duration.ZERO : Duration.ofDays(7)), time(f, "restorable_lag", Duration.ofMinutes(5)),
                time(f, "age", DEFAULT_AGE));
    }

    private WorldFile.LaunchTemplate launchTemplate(Node node) {
        Fields f = object(node, WorldFormatV1.LAUNCH_TEMPLATE, "a launch template");
        if (f == null) {
            return null;
        }
        List<WorldFile.TemplateVersion> versions = list(f.node("versions"), "versions", n -> {
            Fields v = object(n, WorldFormatV1.LAUNCH_TEMPLATE_VERSION, "a launch template version");
            return v == null ? null : new WorldFile.TemplateVersion(reader.string(v.node("instance_type")), reader.string(v.node("image_id")),
                    reader.string(v.node("description")));
        });
        long defaultVersion = whole(f, "default_version", versions.size());
        if (defaultVersion < 1 || defaultVersion > versions.size()) {
            reader.error(reader.pos(f.node("default_version")), "bad-value", "default_version " + defaultVersion + " is not one of the "
                    + versions.size() + " versions", null);
        }
        return new WorldFile.LaunchTemplate(reader.string(f.node("name")), reader.string(f.node("id")), versions, defaultVersion, time(f, "age", DEFAULT_AGE));
    }

    private WorldFile.Group group(Node node, String region) {
        Fields f = object(node, WorldFormatV1.AUTO_SCALING_GROUP, "an Auto Scaling group");
        if (f == null) {
            return null;
        }
        int min = (int) whole(f, "min", 0);
        int max = (int) whole(f, "max", 0);
        int desired = (int) whole(f, "desired", 0);
        if (min < 0 || min > desired || desired > max) {
            reader.error(f.pos(), "bad-value", "capacity must satisfy 0 <= min <= desired <= max (min " + min + ", desired " + desired + ", max " + max + ")", null);
        }
        List<String> zones = f.has("zones") ? reader.strings(f.node("zones"), "zones") : List.of(region + "a", region + "b", region + "c");
        List<WorldFile.Tag> tags = list(f.node("tags"), "tags", n -> {
            Fields t = object(n, WorldFormatV1.TAG, "a tag");
            return t == null ? null : new WorldFile.Tag(reader.string(t.node("key")), reader.string(t.node("value")));
        });
        String healthCheck = f.has("health_check_type") ? reader.oneOf(f.node("health_check_type"), WorldFormatV1.HEALTH_CHECK_TYPES) : "EC2";
        return new WorldFile.Group(reader.string(f.node("name")), min, max, desired, reader.string(f.node("launch_template")),
                text(f, "launch_template_version", "$Latest"), healthCheck, (int) whole(f, "health_check_grace_period", 300), zones, tags);
    }

    private WorldFile.Balancer balancer(Node node) {
        Fields f = object(node, WorldFormatV1.LOAD_BALANCER, "a load balancer");
        if (f == null) {
            return null;
        }
        return new WorldFile.Balancer(reader.string(f.node("name")), reader.string(f.node("id")), reader.string(f.node("dns_name")),
                reader.string(f.node("canonical_zone_id")), reader.string(f.node("target_group")), whole(f, "target_port", 8080),
                text(f, "health_check_path", "/health"), reader.string(f.node("auto_scaling_group")));
    }

    private WorldFile.CacheGroup cacheGroup(Node node, String region) {
        Fields f = object(node, WorldFormatV1.CACHE_GROUP, "a cache replication group");
        if (f == null) {
            return null;
        }
        List<Node> memberNodes = reader.list(f.node("members"), "members");
        List<WorldFile.CacheMember> members = new ArrayList<>();
        for (int i = 0; i < memberNodes.size(); i++) {
            Fields m = object(memberNodes.get(i), WorldFormatV1.CACHE_MEMBER, "a cache member");
            if (m != null) {
                String zone = text(m, "zone", region + (char) ('a' + i % 26));
                members.add(new WorldFile.CacheMember(reader.string(m.node("id")), "primary".equals(reader.oneOf(m.node("role"), WorldFormatV1.CACHE_ROLES)), zone));
            }
        }
        if (members.size() == memberNodes.size() && members.stream().filter(WorldFile.CacheMember::primary).count() != 1) {
            reader.error(f.keyPos("members"), "bad-value", "a replication group has exactly one primary member", null);
        }
        return new WorldFile.CacheGroup(reader.string(f.node("id")), text(f, "description", ""), reader.string(f.node("node_type")),
                flag(f, "automatic_failover", true), members);
    }

    private WorldFile.Alarm alarm(Node node) {
        Fields f = object(node, WorldFormatV1.ALARM, "an alarm");
        if (f == null) {
            return null;
        }
        Number threshold = reader.number(f.node("threshold"));
        String comparison = f.has("comparison") ? reader.oneOf(f.node("comparison"), WorldFormatV1.COMPARISONS) : "GreaterThanThreshold";
        return new WorldFile.Alarm(reader.string(f.node("name")), reader.string(f.node("namespace")), reader.string(f.node("metric")),
                reader.string(f.node("dimension")), reader.string(f.node("value")), threshold == null ? 0 : threshold.doubleValue(),
                text(f, "statistic", "Average"), comparison, reader.strings(f.node("actions"), "actions"));
    }

    private WorldFile.Zone zone(Node node) {
        Fields f = object(node, WorldFormatV1.HOSTED_ZONE, "a hosted zone");
        if (f == null) {
            return null;
        }
        String zoneName = reader.string(f.node("name"));
        List<WorldFile.Record> records = list(f.node("records"), "records", n -> {
            Fields r = object(n, WorldFormatV1.RECORD, "a record");
            if (r == null) {
                return null;
            }
            String name = reader.string(r.node("name"));
            if (name != null && zoneName != null && !Route53.inZone(name, zoneName)) {
                reader.error(reader.pos(r.node("name")), "bad-value", "record `" + name + "` is not inside zone " + zoneName, null);
            }
            Long ttl = r.has("ttl") ? reader.integer(r.node("ttl")) : null;
            List<String> values = r.has("values") ? reader.strings(r.node("values"), "values") : null;
            return new WorldFile.Record(name, text(r, "type", "A"), reader.string(r.node("alias")), ttl, values);
        });
        references.add(() -> records.stream().filter(r -> r.alias() != null).forEach(r ->
                refer(r.alias(), "load balancer", balancerNames(), null, positionOf(f.node("records"), r.name(), "alias"))));
        return new WorldFile.Zone(reader.string(f.node("id")), zoneName, records);
    }

    private List<String> balancerNames() {
        return regionsRead.stream().flatMap(r -> r.loadBalancers().stream()).map(WorldFile.Balancer::name).toList();
    }

    private WorldFile.Application application(Node node) {
        Fields f = object(node, WorldFormatV1.APPLICATION, "application");
        if (f == null) {
            return null;
        }
        List<WorldFile.Endpoint> endpoints = list(f.node("endpoints"), "endpoints", n -> {
            Fields e = object(n, WorldFormatV1.ENDPOINT, "an endpoint");
            if (e == null) {
                return null;
            }
            WorldFile.Endpoint endpoint = new WorldFile.Endpoint(reader.string(e.node("host")), text(e, "health_path", "/health"), text(e, "api_prefix", "/api/"));
            references.add(() -> refer(endpoint.host(), "alias record", zonesRead.stream().flatMap(z -> z.records().stream())
                    .filter(r -> r.alias() != null).map(r -> Route53.normalize(r.name())).toList(), null, reader.pos(e.node("host"))));
            return endpoint;
        });
        List<WorldFile.Servers> servers = list(f.node("servers"), "servers", n -> {
            Fields s = object(n, WorldFormatV1.SERVERS, "servers");
            if (s == null) {
                return null;
            }
            String region = reader.string(s.node("region"));
            WorldFile.Servers read = new WorldFile.Servers(region, reader.string(s.node("database")), text(s, "database_region", region),
                    reader.string(s.node("cache")), reader.string(s.node("security_group")));
            references.add(() -> {
                if (refer(read.region(), "region", regionsRead.stream().map(WorldFile.Region::name).toList(), null, reader.pos(s.node("region")))) {
                    SourcePos dbPos = reader.pos(s.node(s.has("database_region") ? "database_region" : "database"));
                    if (refer(read.databaseRegion(), "region", regionsRead.stream().map(WorldFile.Region::name).toList(), null, dbPos)) {
                        refer(read.database(), "database", regionOf(read.databaseRegion()).databases().stream().map(WorldFile.Database::id).toList(),
                                read.databaseRegion(), reader.pos(s.node("database")));
                    }
                    if (read.cache() != null) {
                        refer(read.cache(), "cache", cacheNames(regionOf(read.region())), read.region(), reader.pos(s.node("cache")));
                    }
                }
            });
            return read;
        });
        return new WorldFile.Application(text(f, "title", "Home"), endpoints, servers);
    }

    private static List<String> cacheNames(WorldFile.Region region) {
        List<String> out = new ArrayList<>();
        region.caches().forEach(g -> {
            out.add(g.id());
            g.members().forEach(m -> out.add(m.id()));
        });
        return out;
    }

    private WorldFile.Region regionOf(String name) {
        return regionsRead.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private Map<String, Timings.Range> timings(Node node) {
        Map<String, Timings.Range> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode mapping)) {
            reader.wrongType(node, "a mapping");
            return out;
        }
        Collection<String> known = Timings.defaults().keySet();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            if (key == null || !known.contains(key)) {
                reader.error(reader.pos(tuple.getKeyNode()), "unknown-key", "no timing `" + key + "`" + Suggest.didYouMean(String.valueOf(key), known),
                        "timings: " + String.join(", ", known));
                continue;
            }
            String text = reader.string(tuple.getValueNode());
            Optional<Timings.Range> range = text == null ? Optional.empty() : Timings.Range.parse(text);
            if (text != null && range.isEmpty()) {
                reader.error(reader.pos(tuple.getValueNode()), "bad-duration", "timing " + key + ": `" + text + "` is not a duration or a range MIN..MAX",
                        "for example 7m or 5m..10m");
            }
            range.ifPresent(r -> out.put(key, r));
        }
        return out;
    }

    /** Checks that {@code name} is one of {@code known}, reporting at {@code pos} with did-you-mean; true when it is. */
    private boolean refer(String name, String what, List<String> known, String region, SourcePos pos) {
        if (name == null || known.contains(name)) {
            return true;
        }
        reader.error(pos, REFERENCE, "no " + what + " `" + name + "`" + (region == null ? "" : " in " + region) + " in this world"
                + Suggest.didYouMean(name, known), known.isEmpty() ? "the world has none" : "known: " + String.join(", ", known));
        return false;
    }

    /** The position of {@code key} in the item of {@code list} whose name (or id) is {@code name}. */
    private SourcePos positionOf(Node list, String name, String key) {
        if (list == null) {
            return SourcePos.of(file);
        }
        for (Node item : reader.list(list, "items")) {
            if (item instanceof MappingNode mapping) {
                Node found = null;
                boolean named = false;
                for (NodeTuple t : mapping.getValue()) {
                    String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                    if ((k.equals("name") || k.equals("id")) && t.getValueNode() instanceof ScalarNode v && v.getValue().equals(name)) {
                        named = true;
                    }
                    if (k.equals(key)) {
                        found = t.getValueNode();
                    }
                }
                if (named && found != null) {
                    return reader.pos(found);
                }
            }
        }
        return reader.pos(list);
    }

    private void unique(Node list, String what, String key) {
        if (list == null) {
            return;
        }
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        for (Node item : reader.list(list, "items")) {
            if (item instanceof MappingNode mapping) {
                for (NodeTuple t : mapping.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof ScalarNode v) {
                        SourcePos first = seen.putIfAbsent(v.getValue(), reader.pos(v));
                        if (first != null) {
                            reader.error(reader.pos(v), "duplicate-key", "a second " + what + " `" + v.getValue() + "`", "the first is at line " + first.line());
                        }
                    }
                }
            }
        }
    }

    private Fields object(Node node, ObjectSpec spec, String what) {
        return node == null ? null : reader.fields(node, spec, what);
    }

    private <T> List<T> list(Node node, String what, Function<Node, T> item) {
        List<T> out = new ArrayList<>();
        for (Node n : reader.list(node, what)) {
            T value = item.apply(n);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private String text(Fields f, String key, String fallback) {
        String value = reader.string(f.node(key));
        return value == null ? fallback : value;
    }

    private long whole(Fields f, String key, long fallback) {
        Long value = reader.integer(f.node(key));
        return value == null ? fallback : value;
    }

    private boolean flag(Fields f, String key, boolean fallback) {
        Boolean value = reader.bool(f.node(key));
        return value == null ? fallback : value;
    }

    private Duration time(Fields f, String key, Duration fallback) {
        Duration value = reader.duration(f.node(key));
        return value == null ? fallback : value;
    }

    /** A stable lowercase id for what the file leaves out, so the same file gives the same world. */
    private static String hashOf(String region, int digits) {
        return UUID.nameUUIDFromBytes(region.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "").substring(0, digits);
    }
}
