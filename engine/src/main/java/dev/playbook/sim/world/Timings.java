package dev.playbook.sim.world;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * How long things take in the simulated world. Each named duration is a uniform range; the
 * defaults come from the seed runbook where it gives a figure (promotion 5-10 min, instances
 * healthy 3-10 min, DNS 30 s-5 min) and from typical AWS behaviour elsewhere. A scenario may
 * override any of them.
 */
public final class Timings {

    /** A uniform range; {@code min == max} is a fixed duration. */
    public record Range(Duration min, Duration max) {

        public Range {
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("the range ends before it starts");
            }
        }

        /** {@code 7m} (fixed) or {@code 5m..10m}; empty when the text is neither. */
        public static java.util.Optional<Range> parse(String text) {
            String[] parts = text.split("\\.\\.", -1);
            if (parts.length > 2) {
                return java.util.Optional.empty();
            }
            var min = dev.playbook.model.Durations.parse(parts[0].strip());
            var max = parts.length == 2 ? dev.playbook.model.Durations.parse(parts[1].strip()) : min;
            if (min.isEmpty() || max.isEmpty() || max.get().compareTo(min.get()) < 0) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Range(min.get(), max.get()));
        }

        public Duration sample(Random random) {
            long span = max.toMillis() - min.toMillis();
            return min.plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
        }
    }

    /** One default, with what it measures, for the docs and the scenario loader. */
    public record Default(Range range, String meaning) {
    }

    private static final Map<String, Default> DEFAULTS = build();

    private final Map<String, Range> ranges = new LinkedHashMap<>();

    public Timings(Map<String, Range> overrides) {
        DEFAULTS.forEach((name, d) -> ranges.put(name, d.range()));
        overrides.forEach((name, range) -> {
            if (!ranges.containsKey(name)) {
                throw new IllegalArgumentException("no timing `" + name + "`");
            }
            ranges.put(name, range);
        });
    }

    public static Map<String, Default> defaults() {
        return DEFAULTS;
    }

    private static Map<String, Default> build() {
        Map<String, Default> d = new LinkedHashMap<>();
        put(d, "api-call", "100ms", "500ms", "round trip of one AWS API call");
        put(d, "rds-reboot", "1m", "4m", "reboot-db-instance: rebooting until available");
        put(d, "rds-promote-pending", "10s", "45s", "after promote-read-replica, the status still reads available");
        put(d, "rds-promote", "5m", "10m", "promote-read-replica: call until a standalone, writable primary (runbook: 5-10 min)");
        put(d, "rds-modify", "30s", "2m", "modify-db-instance (security groups, deletion protection): modifying until available");
        put(d, "rds-rename", "1m", "3m", "modify-db-instance with a new identifier: renaming until available");
        put(d, "rds-restore", "20m", "1h", "restore-db-instance-to-point-in-time: creating until available");
        put(d, "rds-create-replica", "15m", "35m", "create-db-instance-read-replica: creating until replicating");
        put(d, "rds-snapshot", "5m", "15m", "create-db-snapshot: creating until available");
        put(d, "asg-launch", "3m", "10m", "a new instance: Pending until InService and healthy (runbook: 3-10 min)");
        put(d, "asg-terminate", "1m", "3m", "a terminated instance drains and leaves the group");
        put(d, "elb-detect", "30s", "1m", "health checks (every 30 s, 2 failures) mark a failing target unhealthy");
        put(d, "route53-insync", "30s", "5m", "change-resource-record-sets: PENDING until INSYNC (runbook: 30 s-5 min)");
        put(d, "dns-cache", "0s", "1m", "resolvers keep the old answer after INSYNC (record TTL)");
        put(d, "elasticache-failover", "30s", "1m30s", "a replica is promoted after the primary node is lost");
        put(d, "elasticache-replace-node", "5m", "10m", "a lost cache node is replaced and resynchronised");
        put(d, "elasticache-snapshot", "2m", "5m", "create-snapshot: creating until available");
        put(d, "elasticache-create", "5m", "10m", "create-cache-cluster: creating until available");
        put(d, "cache-warmup", "10m", "20m", "an empty cache fills until its hit rate is back to normal");
        put(d, "terraform-apply", "1m", "3m", "terraform apply of the secondary stack");
        put(d, "psql-query", "200ms", "2s", "one psql query");
        return Collections.unmodifiableMap(d);
    }

    private static void put(Map<String, Default> d, String name, String min, String max, String meaning) {
        d.put(name, new Default(new Range(parse(min), parse(max)), meaning));
    }

    private static Duration parse(String text) {
        return dev.playbook.model.Durations.parse(text).orElseThrow();
    }

    Duration sample(String name, Random random) {
        Range range = ranges.get(name);
        if (range == null) {
            throw new IllegalArgumentException("no timing `" + name + "`");
        }
        return range.sample(random);
    }
}
