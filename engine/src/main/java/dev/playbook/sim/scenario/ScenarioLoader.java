package dev.playbook.sim.scenario;

import dev.playbook.diag.Diagnostics;
import dev.playbook.diag.PlaybookException;
import dev.playbook.diag.Suggest;
import dev.playbook.load.SourceFile;
import dev.playbook.load.YamlDocument;
import dev.playbook.model.SourcePos;
import dev.playbook.sim.api.SimProvider;
import dev.playbook.sim.api.Stub;
import dev.playbook.sim.health.HealthModel;
import dev.playbook.sim.world.Apps;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.WorldChoice;
import dev.playbook.sim.world.Timings;
import dev.playbook.sim.world.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a scenario file (format in docs/simulator.md) with the same YAML reader and limits as
 * playbooks. Every problem is reported with file:line:col, and the names of regions, databases,
 * groups, caches and cache nodes are checked against the simulated infrastructure, with
 * did-you-mean. What needs the playbook (its name, its step ids) is checked by {@link PlaybookFit}.
 */
public final class ScenarioLoader {

    static final String TARGET = "scenario-target";
    private static final List<String> TOP = List.of("scenario", "description", "playbook", "world", "inputs", "faults", "durations", "stubs", "operator",
            "response_times");
    private static final List<String> FAULTS = List.of("region-outage", "database-hardware-failure", "database-hang",
            "instances-fail-health-checks", "cache-node-loss", "data-corruption", "api-throttling");
    /** Faults may start at most this long before the run: the world's history starts there. */
    public static final Duration EARLIEST = Duration.ofHours(24);

    /**
     * The world a scenario is read against, given the world file its {@code world:} key names
     * (null when it names none): the names of its faults and operator effects must be there.
     */
    public interface Worlds {
        WorldChoice world(Path named);
    }

    private final Nodes nodes;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Worlds worlds;
    private WorldChoice world;
    /** The world as it stands before the run, where fault targets are looked up. */
    private World reference;

    private ScenarioLoader(String file, Worlds worlds) {
        this.nodes = new Nodes(file, diagnostics);
        this.worlds = worlds;
    }

    /** The scenario in {@code path}; throws {@link PlaybookException} with every problem found. */
    public static Scenario load(Path path, Worlds worlds) {
        SourceFile source = SourceFile.read(path);
        return new ScenarioLoader(source.name(), worlds).read(source);
    }

    /** For tests and stubs in memory: the text as if read from {@code name}. */
    public static Scenario load(String name, String text, Worlds worlds) {
        return new ScenarioLoader(name, worlds).read(new SourceFile(name, text));
    }

    private Scenario read(SourceFile source) {
        Node root = YamlDocument.compose(source);
        try {
            return read(source, root);
        } catch (Nodes.BudgetExceeded e) {
            throw new PlaybookException(List.of(dev.playbook.diag.Diagnostic.error(SourcePos.of(source.name()), "yaml-limit",
                    "the document expands to more than " + dev.playbook.load.Limits.MAX_NODES + " nodes",
                    "aliases that expand this much are a sign of an alias bomb; write the values out")));
        }
    }

    private Scenario read(SourceFile source, Node root) {
        Map<String, Nodes.Entry> top = nodes.mapping(root, "a scenario", TOP).orElse(Map.of());
        world = world(source, optional(top, "world"));
        reference = new World(world.file(), Instant.EPOCH, 0, new Timings(Map.of()));
        String name = required(top, "scenario", root).flatMap(n -> nodes.string(n, "scenario")).orElse("?");
        String description = optional(top, "description").flatMap(n -> nodes.string(n, "description")).orElse(null);
        String playbook = optional(top, "playbook").flatMap(n -> nodes.string(n, "playbook")).orElse(null);
        Map<String, String> inputs = new LinkedHashMap<>();
        optional(top, "inputs").flatMap(n -> nodes.mapping(n, "inputs", null)).ifPresent(m ->
                m.forEach((k, e) -> nodes.string(e.value(), "input " + k).ifPresent(v -> inputs.put(k, v))));
        List<Fault> faults = new ArrayList<>();
        optional(top, "faults").ifPresent(n -> nodes.sequence(n, "faults").forEach(f -> fault(f).ifPresent(faults::add)));
        Map<String, Timings.Range> durations = new LinkedHashMap<>();
        optional(top, "durations").flatMap(n -> nodes.mapping(n, "durations", null)).ifPresent(m -> m.forEach((k, e) -> {
            if (!Timings.defaults().containsKey(k)) {
                nodes.error(e.key(), Nodes.KEY, "no duration `" + k + "`" + Suggest.didYouMean(k, Timings.defaults().keySet()),
                        "durations: " + String.join(", ", Timings.defaults().keySet()));
            } else {
                range(e.value(), k).ifPresent(r -> durations.put(k, r));
            }
        }));
        List<Stub> stubs = new ArrayList<>();
        optional(top, "stubs").ifPresent(n -> nodes.sequence(n, "stubs").forEach(s -> stub(s).ifPresent(stubs::add)));
        Map<String, List<OperatorEffect>> operator = new LinkedHashMap<>();
        Map<String, SourcePos> steps = new LinkedHashMap<>();
        optional(top, "operator").flatMap(n -> nodes.mapping(n, "operator", null)).ifPresent(m -> m.forEach((step, e) -> {
            operator.put(step, effects(e.value()));
            steps.put(step, nodes.pos(e.key()));
        }));
        Map<String, Timings.Range> responseTimes = new LinkedHashMap<>();
        Map<String, SourcePos> responseSteps = new LinkedHashMap<>();
        optional(top, "response_times").flatMap(n -> nodes.mapping(n, "response_times", null)).ifPresent(m -> m.forEach((step, e) -> {
            range(e.value(), "response_times." + step).ifPresent(r -> responseTimes.put(step, r));
            if (!step.equals(Scenario.DEFAULT_RESPONSE)) {
                responseSteps.put(step, nodes.pos(e.key()));
            }
        }));
        if (diagnostics.hasErrors()) {
            throw new PlaybookException(diagnostics.sorted());
        }
        SourcePos playbookPos = optional(top, "playbook").map(nodes::pos).orElse(null);
        return new Scenario(name, description, source.name(), playbook, world, inputs, faults, durations, stubs, operator, responseTimes,
                new Scenario.Positions(playbookPos, steps, responseSteps));
    }

    /** The world the file names (a path relative to the file), else the one {@link Worlds} gives. */
    private WorldChoice world(SourceFile source, Optional<Node> key) {
        Optional<String> named = key.flatMap(n -> nodes.string(n, "world"));
        if (named.isEmpty()) {
            return worlds.world(null);
        }
        Path file = Path.of(source.name()).resolveSibling(named.get()).normalize();
        if (!Files.isRegularFile(file)) {
            nodes.error(key.get(), Nodes.VALUE, "no world file `" + named.get() + "` (looked for " + file + ")",
                    "the path is relative to the scenario file");
            return worlds.world(null);
        }
        return worlds.world(file);
    }

    private Optional<Fault> fault(Node node) {
        Optional<String> kind = nodes.peek(node, "fault").flatMap(n -> nodes.string(n, "fault"));
        if (kind.isPresent() && !FAULTS.contains(kind.get())) {
            nodes.error(nodes.peek(node, "fault").get(), Nodes.VALUE, "unknown fault `" + kind.get() + "`"
                    + Suggest.didYouMean(kind.get(), FAULTS), "faults: " + String.join(", ", FAULTS));
            return Optional.empty();
        }
        Optional<Map<String, Nodes.Entry>> read = nodes.mapping(node, kind.map(k -> "fault " + k).orElse("a fault"), kind.map(ScenarioLoader::faultKeys).orElse(null));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Nodes.Entry> f = read.get();
        if (kind.isEmpty()) {
            required(f, "fault", node);
            return Optional.empty();
        }
        SourcePos pos = nodes.pos(node);
        Duration at = optional(f, "at").flatMap(n -> nodes.duration(n, "at", true)).orElse(Duration.ZERO);
        if (at.compareTo(EARLIEST.negated()) < 0) {
            nodes.error(f.get("at").value(), Nodes.VALUE, "a fault can start at most 24h before the run", null);
        }
        Optional<String> region = optional(f, "region").flatMap(n -> region(n));
        return switch (kind.get()) {
            case "region-outage" -> (f.containsKey("region") ? region : required(f, "region", node).flatMap(this::region)).map(r -> new Fault.RegionOutage(at, pos, r,
                    optional(f, "for").flatMap(n -> nodes.duration(n, "for", false)).orElse(null)));
            case "database-hardware-failure" -> database(f, region).map(d -> new Fault.DatabaseHardwareFailure(at, pos, d[0], d[1]));
            case "database-hang" -> database(f, region).map(d -> new Fault.DatabaseHang(at, pos, d[0], d[1]));
            case "data-corruption" -> database(f, region).map(d -> new Fault.DataCorruption(at, pos, d[0], d[1],
                    optional(f, "cause").flatMap(n -> nodes.string(n, "cause")).orElse(null)));
            case "instances-fail-health-checks" -> target(f, "group", production().map(lb -> lb.groupName()).orElse(null), region,
                    (r, id) -> reference.autoScaling().find(r, id) != null,
                    r -> reference.autoScaling().in(r).stream().map(g -> g.name()).toList())
                    .map(g -> new Fault.InstancesFailHealthChecks(at, pos, g[0], g[1],
                            optional(f, "count").flatMap(n -> nodes.integer(n, "count", 1, 100)).orElse(1)));
            case "cache-node-loss" -> target(f, "node", productionCacheNode(), region,
                    (r, id) -> reference.elastiCache().findCluster(r, id) != null,
                    r -> reference.elastiCache().clusters(r).stream().map(c -> c.id()).toList())
                    .map(c -> new Fault.CacheNodeLoss(at, pos, c[0], c[1]));
            default -> throttling(f, node, at, pos, region.orElse(null));
        };
    }

    private static List<String> faultKeys(String kind) {
        List<String> keys = new ArrayList<>(List.of("fault", "at"));
        keys.addAll(switch (kind) {
            case "region-outage" -> List.of("region", "for");
            case "instances-fail-health-checks" -> List.of("group", "region", "count");
            case "cache-node-loss" -> List.of("node", "region");
            case "data-corruption" -> List.of("database", "region", "cause");
            case "api-throttling" -> List.of("service", "region", "operations", "rate", "for");
            default -> List.of("database", "region");
        });
        return keys;
    }

    private Optional<Fault> throttling(Map<String, Nodes.Entry> f, Node node, Duration at, SourcePos pos, String region) {
        Optional<String> service = required(f, "service", node).flatMap(n -> nodes.string(n, "service"));
        service.filter(s -> !SimProvider.SERVICES.contains(s)).ifPresent(s -> nodes.error(f.get("service").value(), TARGET,
                "the simulator has no service `" + s + "`" + Suggest.didYouMean(s, SimProvider.SERVICES),
                "services: " + String.join(", ", SimProvider.SERVICES)));
        Optional<Double> rate = required(f, "rate", node).flatMap(n -> nodes.number(n, "rate", 0, 1));
        List<String> operations = new ArrayList<>();
        optional(f, "operations").ifPresent(n -> nodes.sequence(n, "operations")
                .forEach(o -> nodes.string(o, "an operation").ifPresent(operations::add)));
        Duration lasting = optional(f, "for").flatMap(n -> nodes.duration(n, "for", false)).orElse(null);
        if (service.isEmpty() || rate.isEmpty() || !SimProvider.SERVICES.contains(service.get())) {
            return Optional.empty();
        }
        return Optional.of(new Fault.ApiThrottling(at, pos, service.get(), region, operations, rate.get(), lasting));
    }

    /** The load balancer the world's first endpoint leads to before the run: where a fault strikes when it names no target. */
    private Optional<LoadBalancer> production() {
        return Optional.ofNullable(HealthModel.portal(reference));
    }

    private String productionDatabase() {
        return production().map(lb -> reference.apps().in(lb.region())).map(Apps.Config::database).orElse(null);
    }

    private String productionCacheNode() {
        return production().map(lb -> reference.apps().in(lb.region())).map(Apps.Config::cache)
                .map(cache -> reference.elastiCache().findGroup(production().get().region(), cache))
                .map(group -> group.primary().id()).orElse(null);
    }

    /** {region, database}: the database defaults to the one production's servers use, the region to where it lives. */
    private Optional<String[]> database(Map<String, Nodes.Entry> f, Optional<String> region) {
        return target(f, "database", productionDatabase(), region, (r, id) -> reference.rds().find(r, id) != null,
                r -> reference.rds().in(r).stream().map(d -> d.id()).toList());
    }

    /** {region, id}: a replication group, or a cache cluster by its own id, as the servers look their cache up. */
    private Optional<String[]> cache(Map<String, Nodes.Entry> f, Optional<String> region) {
        return target(f, "cache", null, region,
                (r, id) -> reference.elastiCache().findGroup(r, id) != null || reference.elastiCache().findCluster(r, id) != null,
                r -> Stream.concat(reference.elastiCache().groups(r).stream().map(g -> g.id()),
                        reference.elastiCache().clusters(r).stream().map(c -> c.id())).toList());
    }

    /** {region, id} of a named resource of the simulated infrastructure, checked to exist there. */
    private Optional<String[]> target(Map<String, Nodes.Entry> f, String key, String fallback, Optional<String> region,
                                      BiFunction<String, String, Boolean> exists, Function<String, List<String>> names) {
        Nodes.Entry entry = f.get(key);
        Optional<String> id = entry == null ? Optional.ofNullable(fallback) : nodes.string(entry.value(), key);
        if (id.isEmpty()) {
            if (entry == null) {
                nodes.error(f.get("fault").value(), Nodes.KEY, "missing key `" + key + "`",
                        "the world's first endpoint leads to no " + key + " a fault could default to; name one");
            }
            return Optional.empty();
        }
        List<String> regions = region.map(List::of).orElse(reference.file().regionNames());
        for (String r : regions) {
            if (exists.apply(r, id.get())) {
                return Optional.of(new String[] {r, id.get()});
            }
        }
        List<String> known = regions.stream().flatMap(r -> names.apply(r).stream()).toList();
        nodes.error(entry != null ? entry.value() : f.get("fault").value(), TARGET, "no " + key + " `" + id.get() + "`"
                + region.map(r -> " in " + r).orElse("") + " in the simulated world" + Suggest.didYouMean(id.get(), known),
                "known: " + String.join(", ", known));
        return Optional.empty();
    }

    private Optional<String> region(Node node) {
        Optional<String> region = nodes.string(node, "region");
        List<String> known = reference.file().regionNames();
        if (region.isPresent() && !known.contains(region.get())) {
            nodes.error(node, TARGET, "the simulated world has no region `" + region.get() + "`" + Suggest.didYouMean(region.get(), known),
                    "regions: " + String.join(", ", known));
            return Optional.empty();
        }
        return region;
    }

    private Optional<Timings.Range> range(Node node, String name) {
        Optional<String> text = nodes.string(node, "duration " + name);
        Optional<Timings.Range> range = text.flatMap(Timings.Range::parse);
        if (text.isPresent() && range.isEmpty()) {
            nodes.error(node, Nodes.VALUE, "duration " + name + ": `" + text.get() + "` is not a duration or a range MIN..MAX",
                    "for example 7m or 5m..10m");
        }
        return range;
    }

    private Optional<Stub> stub(Node node) {
        Optional<Map<String, Nodes.Entry>> read = nodes.mapping(node, "a stub", List.of("action", "with", "result", "error", "delay"));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Nodes.Entry> s = read.get();
        Optional<String> action = required(s, "action", node).flatMap(n -> nodes.string(n, "action"));
        Map<String, Object> with = new LinkedHashMap<>();
        optional(s, "with").filter(n -> nodes.mapping(n, "with", null).isPresent())
                .ifPresent(n -> ((Map<?, ?>) nodes.plain(n)).forEach((k, v) -> with.put(String.valueOf(k), v)));
        Object result = optional(s, "result").map(nodes::plain).orElse(Map.of());
        Duration delay = optional(s, "delay").flatMap(n -> nodes.duration(n, "delay", false)).orElse(Duration.ZERO);
        if (!s.containsKey("error")) {
            return action.map(a -> new Stub(a, with, result, null, null, false, delay));
        }
        if (s.containsKey("result")) {
            nodes.error(s.get("error").key(), Nodes.KEY, "a stub gives a result or an error, not both", null);
        }
        Node errorNode = s.get("error").value();
        Map<String, Nodes.Entry> error = nodes.mapping(errorNode, "error", List.of("code", "message", "retryable")).orElse(Map.of());
        Optional<String> code = required(error, "code", errorNode).flatMap(n -> nodes.string(n, "code"));
        String message = optional(error, "message").flatMap(n -> nodes.string(n, "message")).orElse(code.orElse(""));
        boolean retryable = optional(error, "retryable").flatMap(n -> nodes.bool(n, "retryable")).orElse(false);
        return action.flatMap(a -> code.map(c -> new Stub(a, with, null, c, message, retryable, delay)));
    }

    private List<OperatorEffect> effects(Node node) {
        List<Node> items = node instanceof SequenceNode ? nodes.sequence(node, "operator effects") : List.of(node);
        List<OperatorEffect> out = new ArrayList<>();
        for (Node item : items) {
            nodes.mapping(item, "an operator effect", List.of("use-database", "use-cache")).ifPresent(m -> m.forEach((kind, e) -> {
                if (kind.equals("use-database")) {
                    nodes.mapping(e.value(), "use-database", List.of("region", "database", "database-region")).ifPresent(p -> {
                        Optional<String> region = required(p, "region", e.value()).flatMap(this::region);
                        Optional<String> dbRegion = p.containsKey("database-region") ? region(p.get("database-region").value()) : region;
                        // Looked up where the servers will look for it: in database-region, else their own region.
                        boolean named = required(p, "database", e.value()).isPresent();
                        Optional<String[]> database = named && dbRegion.isPresent() ? database(p, dbRegion) : Optional.empty();
                        if (region.isPresent() && database.isPresent()) {
                            out.add(new OperatorEffect.UseDatabase(region.get(), database.get()[0], database.get()[1]));
                        }
                    });
                } else {
                    nodes.mapping(e.value(), "use-cache", List.of("region", "cache")).ifPresent(p -> {
                        Optional<String> region = required(p, "region", e.value()).flatMap(this::region);
                        boolean named = required(p, "cache", e.value()).isPresent();
                        Optional<String[]> cache = named && region.isPresent() ? cache(p, region) : Optional.empty();
                        if (cache.isPresent()) {
                            out.add(new OperatorEffect.UseCache(cache.get()[0], cache.get()[1]));
                        }
                    });
                }
            }));
        }
        return out;
    }

    private Optional<Node> required(Map<String, Nodes.Entry> map, String key, Node owner) {
        Nodes.Entry entry = map.get(key);
        if (entry == null) {
            nodes.error(owner, Nodes.KEY, "missing key `" + key + "`", null);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    private static Optional<Node> optional(Map<String, Nodes.Entry> map, String key) {
        return Optional.ofNullable(map.get(key)).map(Nodes.Entry::value);
    }
}
