package dev.playbook.sim.health;

import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch statistics computed from the health history: one sample per minute of the window,
 * grouped into periods. A metric with nothing to report in a period has no datapoint there, as
 * in CloudWatch (a load balancer without traffic publishes no 5XX count).
 */
public final class Metrics {

    /** A get-metric-statistics request, already validated. */
    public record Query(String namespace, String metric, Map<String, String> dimensions, String region, Instant start, Instant end,
                        long periodSeconds, List<String> statistics, List<String> extendedStatistics) {
    }

    /** One datapoint: the requested statistics and percentiles over its period. */
    public record Datapoint(Instant timestamp, Map<String, Double> statistics, Map<String, Double> extended, String unit) {
    }

    /** The metric is not one the simulator produces. */
    public static final class Unmodelled extends RuntimeException {
        public Unmodelled(String message) {
            super(message, null, false, false);
        }
    }

    /** A value at one minute, with the 99th percentile where the metric has one. */
    private record Sample(double value, double p99) {
    }

    @FunctionalInterface
    private interface Sampler {
        Sample at(Reading reading, Instant t);
    }

    private static final Duration STEP = Duration.ofMinutes(1);

    private Metrics() {
    }

    /** The metrics the simulator produces, as namespace/name, for messages. */
    public static List<String> produced() {
        return List.of("AWS/ApplicationELB RequestCount, HTTPCode_Target_5XX_Count, HTTPCode_ELB_5XX_Count, TargetResponseTime,"
                + " HealthyHostCount, UnHealthyHostCount (dimension LoadBalancer)",
                "AWS/RDS ReplicaLag (dimension DBInstanceIdentifier)",
                "AWS/ElastiCache CacheHitRate (dimension CacheClusterId)");
    }

    private static String unit(Query q) {
        return switch (q.metric()) {
            case "TargetResponseTime", "ReplicaLag" -> "Seconds";
            case "CacheHitRate" -> "Percent";
            default -> "Count";
        };
    }

    public static List<Datapoint> query(World world, HealthHistory history, Query q) {
        Sampler sampler = sampler(world, q);
        List<Datapoint> points = new ArrayList<>();
        Instant last = q.end().isAfter(world.now()) ? world.now() : q.end();
        for (Instant bucket = q.start(); bucket.isBefore(last); bucket = bucket.plusSeconds(q.periodSeconds())) {
            Instant bucketEnd = bucket.plusSeconds(q.periodSeconds());
            List<Sample> samples = new ArrayList<>();
            for (Instant t = bucket; t.isBefore(bucketEnd) && t.isBefore(last); t = t.plus(STEP)) {
                Sample s = sampler.at(history.at(t), t);
                if (s != null) {
                    samples.add(s);
                }
            }
            if (!samples.isEmpty()) {
                points.add(datapoint(bucket, samples, q));
            }
        }
        return points;
    }

    private static Datapoint datapoint(Instant at, List<Sample> samples, Query q) {
        double sum = samples.stream().mapToDouble(Sample::value).sum();
        Map<String, Double> stats = new LinkedHashMap<>();
        for (String statistic : q.statistics()) {
            stats.put(statistic, switch (statistic) {
                case "Sum" -> sum;
                case "Average" -> sum / samples.size();
                case "Minimum" -> samples.stream().mapToDouble(Sample::value).min().orElse(0);
                case "Maximum" -> samples.stream().mapToDouble(Sample::value).max().orElse(0);
                default -> (double) samples.size();
            });
        }
        Map<String, Double> extended = new LinkedHashMap<>();
        double average = sum / samples.size();
        double p99 = samples.stream().mapToDouble(Sample::p99).max().orElse(0);
        for (String percentile : q.extendedStatistics()) {
            extended.put(percentile, percentile(percentile, average, p99));
        }
        return new Datapoint(at, stats, extended, unit(q));
    }

    /** Percentiles between the median (about 0.8 of the average) and the 99th, interpolated. */
    private static double percentile(String name, double average, double p99) {
        double n = Double.parseDouble(name.substring(1));
        if (n <= 50) {
            return average * 0.8;
        }
        if (n >= 99) {
            return p99;
        }
        return average * 0.8 + (p99 - average * 0.8) * (n - 50) / 49;
    }

    private static Sampler sampler(World world, Query q) {
        String key = q.namespace() + " " + q.metric();
        switch (q.namespace()) {
            case "AWS/ApplicationELB" -> {
                LoadBalancer lb = world.loadBalancers().byDimension(q.dimensions().getOrDefault("LoadBalancer", ""));
                if (!q.metric().matches("RequestCount|HTTPCode_Target_5XX_Count|HTTPCode_ELB_5XX_Count|TargetResponseTime|HealthyHostCount|UnHealthyHostCount")) {
                    throw new Unmodelled(key);
                }
                if (lb == null || !lb.region().equals(q.region())) {
                    return (r, t) -> null;
                }
                return (r, t) -> loadBalancer(r.loadBalancers().get(lb.name()), q.metric());
            }
            case "AWS/RDS" -> {
                if (!q.metric().equals("ReplicaLag")) {
                    throw new Unmodelled(key);
                }
                String id = Reading.key(q.region(), q.dimensions().getOrDefault("DBInstanceIdentifier", ""));
                return (r, t) -> {
                    Instant stopped = r.replicas().get(id);
                    if (stopped == null) {
                        return null;
                    }
                    double lag = stopped.equals(Reading.REPLICATING) ? dev.playbook.sim.world.Rds.NORMAL_LAG_SECONDS
                            : Math.max(dev.playbook.sim.world.Rds.NORMAL_LAG_SECONDS, Duration.between(stopped, t).toSeconds());
                    return new Sample(lag, lag);
                };
            }
            case "AWS/ElastiCache" -> {
                if (!q.metric().equals("CacheHitRate")) {
                    throw new Unmodelled(key);
                }
                String id = Reading.key(q.region(), q.dimensions().getOrDefault("CacheClusterId", ""));
                return (r, t) -> {
                    Double rate = r.cacheHitRates().get(id);
                    return rate == null ? null : new Sample(rate * 100, rate * 100);
                };
            }
            default -> throw new Unmodelled(key);
        }
    }

    private static Sample loadBalancer(Reading.LbReading r, String metric) {
        if (r == null || !r.regionUp()) {
            return null;
        }
        double requests = r.userTraffic() ? Reading.REQUESTS_PER_MINUTE : 0;
        return switch (metric) {
            case "RequestCount" -> requests > 0 ? new Sample(requests, requests) : null;
            case "HTTPCode_Target_5XX_Count" -> count(Math.round(requests * r.targetErrorShare()));
            case "HTTPCode_ELB_5XX_Count" -> count(Math.round(requests * r.elbErrorShare()));
            case "TargetResponseTime" -> requests > 0 && r.healthy() > 0 ? new Sample(r.averageSeconds(), r.p99Seconds()) : null;
            case "HealthyHostCount" -> new Sample(r.healthy(), r.healthy());
            default -> new Sample(r.unhealthy(), r.unhealthy());
        };
    }

    /** Error counts are published only when there are errors. */
    private static Sample count(long n) {
        return n > 0 ? new Sample(n, n) : null;
    }
}
