package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prod.example.com hosted zone. A change is PENDING until it reaches every Route53 server
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

    private final World world;
    private final String zoneId = SeedInfrastructure.HOSTED_ZONE_ID;
    private final String zoneName = SeedInfrastructure.ZONE_NAME;
    private final Map<String, Record> records = new LinkedHashMap<>();
    private final Map<String, Record> resolved = new LinkedHashMap<>();
    private final Map<String, Change> changes = new LinkedHashMap<>();

    Route53(World world) {
        this.world = world;
    }

    void add(Record record) {
        records.put(record.key(), record);
        resolved.put(record.key(), record);
    }

    private String zoneName() {
        return zoneName + ".";
    }

    public List<Record> records(String zone) {
        checkZone(zone);
        return List.copyOf(records.values());
    }

    public Change change(String zone, String comment, List<Edit> edits) {
        checkZone(zone);
        for (Edit edit : edits) {
            check(edit);
        }
        Change change = new Change("C" + world.hex(12).toUpperCase(Locale.ROOT), world.now(), comment);
        changes.put(change.id, change);
        for (Edit edit : edits) {
            apply(records, edit);
        }
        Duration insync = world.after("route53-insync", () -> {
            change.status = "INSYNC";
            world.note(WorldEvent.Kind.CHANGE, "DNS change " + change.id + " INSYNC");
            world.after("dns-cache", () -> {
                for (Edit edit : edits) {
                    apply(resolved, edit);
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

    /** What a client's resolver answers for {@code host} now (A record), or null for no such name. */
    public Record resolve(String host) {
        return resolved.get(Record.key(host, "A"));
    }

    private void check(Edit edit) {
        Record record = edit.record();
        String name = normalize(record.name());
        if (!name.equals(zoneName) && !name.endsWith("." + zoneName)) {
            throw AwsError.client("InvalidChangeBatch", "[RRSet with DNS name " + record.name() + " is not permitted in zone " + zoneName() + "]");
        }
        boolean exists = records.containsKey(record.key());
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

    private void checkZone(String zone) {
        if (!zoneId.equals(zone.replaceFirst("^/hostedzone/", ""))) {
            throw AwsError.notFound("NoSuchHostedZone", "No hosted zone found with ID: " + zone);
        }
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
