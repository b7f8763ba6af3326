package dev.playbook.sim.api;

import dev.playbook.sim.health.HealthHistory;
import dev.playbook.sim.health.Metrics;
import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.WorldFile;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudWatch: statistics of the metrics the health model produces, and the runbook's alarms
 * (database-cpu-high, and the unhealthy-target alarm of Scenario 2), whose state follows the world.
 */
final class CloudWatchApi {

    private static final Set<String> STATISTICS = Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");

    private CloudWatchApi() {
    }

    static void register(Map<String, Handler> handlers, HealthHistory history) {
        AwsGateway.register(handlers, "aws.cloudwatch.getMetricStatistics", c -> statistics(c, history));
        AwsGateway.register(handlers, "aws.cloudwatch.describeAlarms", CloudWatchApi::alarms);
    }

    private static Object statistics(Call c, HealthHistory history) {
        Args a = c.args();
        List<String> statistics = a.strings("Statistics") == null ? List.of() : a.strings("Statistics");
        List<String> extended = a.strings("ExtendedStatistics") == null ? List.of() : a.strings("ExtendedStatistics");
        if (statistics.isEmpty() == extended.isEmpty()) {
            throw AwsError.client("InvalidParameterCombination", "Must specify either Statistics or ExtendedStatistics, but not both.");
        }
        statistics.stream().filter(s -> !STATISTICS.contains(s)).findFirst().ifPresent(s -> {
            throw AwsError.client("InvalidParameterValue", "The parameter Statistics contains an invalid value " + s + ".");
        });
        extended.stream().filter(s -> !s.matches("p\\d{1,2}(\\.\\d+)?")).findFirst().ifPresent(s -> {
            throw AwsError.client("InvalidParameterValue", "The parameter ExtendedStatistics contains an invalid value " + s + ".");
        });
        Instant start = a.time("StartTime");
        Instant end = a.time("EndTime");
        Integer period = a.integer("Period");
        if (start == null || end == null || period == null) {
            throw AwsError.client("MissingParameter", "StartTime, EndTime and Period are required.");
        }
        if (!end.isAfter(start) || period < 60 || period % 60 != 0) {
            throw AwsError.client("InvalidParameterValue", "The end time must be after the start time, and the period a multiple of 60 seconds.");
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        a.maps("Dimensions").forEach(d -> dimensions.put(String.valueOf(d.get("Name")), String.valueOf(d.get("Value"))));
        Metrics.Query query = new Metrics.Query(a.required("Namespace"), a.required("MetricName"), dimensions, c.region(), start, end,
                period, statistics, extended);
        List<Metrics.Datapoint> points;
        try {
            points = Metrics.query(c.world(), history, query);
        } catch (Metrics.Unmodelled e) {
            throw new AwsError("NotSimulated", 400, "not simulated: metric " + e.getMessage() + "; the simulator produces "
                    + String.join("; ", Metrics.produced()) + ". A scenario stub can answer for it", false);
        }
        List<Map<String, Object>> datapoints = new ArrayList<>();
        for (Metrics.Datapoint p : points) {
            Map<String, Object> point = Tree.of("Timestamp", p.timestamp());
            point.putAll(p.statistics());
            point.put("Unit", p.unit());
            if (!p.extended().isEmpty()) {
                point.put("ExtendedStatistics", new LinkedHashMap<>(p.extended()));
            }
            datapoints.add(point);
        }
        return Tree.of("Label", query.metric(), "Datapoints", datapoints);
    }

    private static Object alarms(Call c) {
        List<String> names = c.args().strings("AlarmNames");
        String prefix = c.args().string("AlarmNamePrefix");
        List<WorldFile.Alarm> declared = c.world().file().region(c.region()).map(WorldFile.Region::alarms).orElse(List.of());
        return Tree.of("CompositeAlarms", List.of(), "MetricAlarms", declared.stream()
                .filter(a -> names == null || names.contains(a.name()))
                .filter(a -> prefix == null || a.name().startsWith(prefix))
                .map(a -> alarm(c, a)).toList());
    }

    /**
     * The alarm as the world's state sets it: an RDS instance's CPU is high while it hangs and
     * reports nothing once it has failed; a load balancer's unhealthy hosts alarm while a target
     * is unhealthy. Other alarms have nothing in the world to cross their threshold.
     */
    private static String state(World world, String region, WorldFile.Alarm a) {
        if (a.namespace().equals("AWS/RDS") && a.metric().equals("CPUUtilization")) {
            DbInstance db = world.rds().find(region, a.value());
            return db == null || db.failure() == DbInstance.Failure.HARDWARE ? "INSUFFICIENT_DATA"
                    : db.failure() == DbInstance.Failure.HUNG ? "ALARM" : "OK";
        }
        if (a.namespace().equals("AWS/ApplicationELB") && a.metric().equals("UnHealthyHostCount")) {
            LoadBalancer lb = world.loadBalancers().byName(a.value());
            var group = lb == null ? null : world.autoScaling().find(lb.region(), lb.groupName());
            boolean unhealthy = group != null && group.instances().stream().anyMatch(i -> i.targetState().equals("unhealthy"));
            return unhealthy ? "ALARM" : "OK";
        }
        return "OK";
    }

    private static Map<String, Object> alarm(Call c, WorldFile.Alarm a) {
        World world = c.world();
        String state = state(world, c.region(), a);
        LoadBalancer lb = a.dimension().equals("LoadBalancer") ? world.loadBalancers().byName(a.value()) : null;
        String value = lb != null ? lb.dimension() : a.value();
        return Tree.of(
                "AlarmName", a.name(),
                "AlarmArn", world.account().arn("cloudwatch", c.region(), "alarm:" + a.name()),
                "ActionsEnabled", true,
                "AlarmActions", a.actions().stream().map(t -> world.account().arn("sns", c.region(), t)).toList(),
                "StateValue", state,
                "StateReason", state.equals("ALARM") ? "Threshold Crossed: 2 datapoints were greater than the threshold (" + a.threshold() + ")."
                        : state.equals("OK") ? "Threshold not crossed." : "Insufficient Data: no datapoints were received.",
                "StateUpdatedTimestamp", world.now().minus(Duration.ofMinutes(1)),
                "MetricName", a.metric(),
                "Namespace", a.namespace(),
                "Statistic", a.statistic(),
                "Dimensions", List.of(Tree.of("Name", a.dimension(), "Value", value)),
                "Period", 300L,
                "EvaluationPeriods", 2L,
                "Threshold", a.threshold(),
                "ComparisonOperator", a.comparison());
    }
}
