package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hosted zones of the world. A change is PENDING until it reaches every Route53 server
 * (INSYNC); resolvers keep the old answer a little longer, for the record's TTL. Route53 is
 * global: it stays up when a region goes down.
 */
public final class Route53 {

    /** A record set; an alias has {@code aliasDnsName}, a plain record {@code values}. */
    public record Record(String name, String type, Long ttl, String aliasZoneId, String aliasDnsName, Boolean evaluateTargetHealth,
                         List<String> values) {

        String key() {
            return key(name, type);
        }

        static String key(String name, String type) {
            return normalize(name) + " " + type;
        }
    }

    /** One UPSERT, CREATE or DELETE of a change batch. */
    public record Edit(String action, Record record) {
    }

    /** A submitted change batch. */
    public static final class Change {
        final String id;
        final Instant submitted;
        final String comment;
        String status = "PENDING";

        Change(String id, Instant submitted, String comment) {
            this.id = id;
            this.submitted = submitted;
            this.comment = comment;
        }

        public String id() {
            return "/change/" + id;
        }

        public Instant submitted() {
            return submitted;
        }

        public String comment() {
            return comment;
        }

        public String status() {
            return status;
        }
    }

    /** One hosted zone: its records as Route53 holds them, and as resolvers answer them (behind by the TTL). */
    private static final class Zone {
        final String id;
        final String name;
        final Map<String, Record> records = new LinkedHashMap<>();
        final Map<String, Record> resolved = new LinkedHashMap<>();

        Zone(String id, String name) {
            this.id = id;
            this.name = normalize(name);
        }
    }

    private final World world;
    private final List<Zone> zones = new ArrayList<>();
    private final Map<String, Change> changes = new LinkedHashMap<>();
    /** Changes submitted whose answer the resolvers do not give yet. */
    private int propagating;

    Route53(World world) {
        this.world = world;
    }

    void addZone(String id, String name) {
        zones.add(new Zone(id, name));
    }

    void add(String zoneId, Record record) {
        Zone zone = zone(zoneId);
        zone.records.put(record.key(), record);
        zone.resolved.put(record.key(), record);
    }

    /** Whether {@code name} lies in the zone {@code zoneName} (both with or without the final dot). */
    static boolean inZone(String name, String zoneName) {
        String n = normalize(name);
        String z = normalize(zoneName);
        return n.equals(z) || n.endsWith("." + z);
    }

    public List<Record> records(String zoneId) {
        return List.copyOf(zone(zoneId).records.values());
    }

    public Change change(String zoneId, String comment, List<Edit> edits) {
        Zone zone = zone(zoneId);
        for (Edit edit : edits) {
            check(zone, edit);
        }
        Change change = new Change("C" + world.hex(12).toUpperCase(Locale.ROOT), world.now(), comment);
        propagating++;
        changes.put(change.id, change);
        for (Edit edit : edits) {
            apply(zone.records, edit);
        }
        Duration insync = world.after("route53-insync", () -> {
            change.status = "INSYNC";
            world.note(WorldEvent.Kind.CHANGE, "DNS change " + change.id + " INSYNC");
            world.after("dns-cache", () -> {
                propagating--;
                for (Edit edit : edits) {
                    apply(zone.resolved, edit);
                    world.note(WorldEvent.Kind.CHANGE, "resolvers now answer " + answer(edit));
                }
            });
        });
        world.note(WorldEvent.Kind.CHANGE, "DNS change " + change.id + " submitted (" + World.shown(insync)
                + " to INSYNC): " + String.join(", ", edits.stream().map(Route53::describe).toList()));
        return change;
    }

    public Change getChange(String id) {
        Change change = changes.get(id.replaceFirst("^/change/", ""));
        if (change == null) {
            throw AwsError.notFound("NoSuchChange", "A change with the specified change ID does not exist.");
        }
        return change;
    }

    /** Whether a submitted change has not reached the resolvers yet (PENDING, or INSYNC within the TTL). */
    public boolean propagating() {
        return propagating > 0;
    }

    /** What a client's resolver answers for {@code host} now (A record), or null for no such name. */
    public Record resolve(String host) {
        Zone zone = zoneOf(host);
        return zone == null ? null : zone.resolved.get(Record.key(host, "A"));
    }

    /** Whether {@code host} lies in one of the world's zones: the simulator answers for it, even that it does not exist. */
    public boolean serves(String host) {
        return zoneOf(host) != null;
    }

    /** The most specific zone {@code host} lies in, or null. */
    private Zone zoneOf(String host) {
        return zones.stream().filter(z -> inZone(host, z.name)).max(java.util.Comparator.comparingInt(z -> z.name.length())).orElse(null);
    }

    private void check(Zone zone, Edit edit) {
        Record record = edit.record();
        String name = normalize(record.name());
        if (!inZone(name, zone.name)) {
            throw AwsError.client("InvalidChangeBatch", "[RRSet with DNS name " + record.name() + " is not permitted in zone " + zone.name + ".]");
        }
        boolean exists = zone.records.containsKey(record.key());
        if (edit.action().equals("CREATE") && exists) {
            throw AwsError.client("InvalidChangeBatch", "[Tried to create resource record set [name='" + name + ".', type='" + record.type()
                    + "'] but it already exists]");
        }
        if (edit.action().equals("DELETE") && !exists) {
            throw AwsError.client("InvalidChangeBatch", "[Tried to delete resource record set [name='" + name + ".', type='" + record.type()
                    + "'] but it was not found]");
        }
        if (record.aliasDnsName() != null) {
            LoadBalancer target = world.loadBalancers().byDnsName(record.aliasDnsName());
            if (target == null || !target.canonicalZoneId().equals(record.aliasZoneId())) {
                throw AwsError.client("InvalidChangeBatch", "[Tried to create an alias that targets " + record.aliasDnsName() + ", type "
                        + record.type() + " in zone " + record.aliasZoneId() + ", but the alias target name does not lie within the target zone]");
            }
        }
    }

    private static void apply(Map<String, Record> into, Edit edit) {
        if (edit.action().equals("DELETE")) {
            into.remove(edit.record().key());
        } else {
            into.put(edit.record().key(), edit.record());
        }
    }

    private Zone zone(String id) {
        String wanted = id.replaceFirst("^/hostedzone/", "");
        return zones.stream().filter(z -> z.id.equals(wanted)).findFirst()
                .orElseThrow(() -> AwsError.notFound("NoSuchHostedZone", "No hosted zone found with ID: " + id));
    }

    private static String describe(Edit edit) {
        Record r = edit.record();
        String target = r.aliasDnsName() != null ? r.aliasDnsName() : String.join(" ", r.values() == null ? List.of() : r.values());
        return edit.action() + " " + normalize(r.name()) + " " + r.type() + (edit.action().equals("DELETE") ? "" : " -> " + target);
    }

    private static String answer(Edit edit) {
        Record r = edit.record();
        if (edit.action().equals("DELETE")) {
            return "nothing for " + normalize(r.name());
        }
        return normalize(r.name()) + " -> " + (r.aliasDnsName() != null ? r.aliasDnsName() : String.join(" ", r.values()));
    }

    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
    }
}
