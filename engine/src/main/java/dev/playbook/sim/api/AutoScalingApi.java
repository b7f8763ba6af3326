package dev.playbook.sim.api;

import dev.playbook.sim.world.Activity;
import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.GroupInstance;
import dev.playbook.sim.world.LaunchTemplates;
import dev.playbook.sim.world.ScalingGroup;
import java.util.List;
import java.util.Map;

/** Auto Scaling: the groups, their instances and activities, desired capacity and launch template changes. */
final class AutoScalingApi {

    private AutoScalingApi() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.autoscaling.describeAutoScalingGroups", AutoScalingApi::describeGroups);
        AwsGateway.register(handlers, "aws.autoscaling.describeScalingActivities", AutoScalingApi::describeActivities);
        AwsGateway.register(handlers, "aws.autoscaling.setDesiredCapacity", c -> {
            Integer desired = c.args().integer("DesiredCapacity");
            if (desired == null) {
                throw AwsError.client("MissingParameter", "The request must contain the parameter DesiredCapacity.");
            }
            c.world().autoScaling().setDesiredCapacity(c.region(), c.args().required("AutoScalingGroupName"), desired);
            return Tree.of();
        });
        AwsGateway.register(handlers, "aws.autoscaling.updateAutoScalingGroup", AutoScalingApi::update);
    }

    private static Object describeGroups(Call c) {
        List<String> names = c.args().strings("AutoScalingGroupNames");
        List<ScalingGroup> groups = c.world().autoScaling().in(c.region()).stream()
                .filter(g -> names == null || names.contains(g.name())).toList();
        return Tree.of("AutoScalingGroups", groups.stream().map(g -> group(c, g)).toList());
    }

    private static Object describeActivities(Call c) {
        String name = c.args().string("AutoScalingGroupName");
        Integer max = c.args().integer("MaxRecords");
        if (name != null) {
            c.world().autoScaling().get(c.region(), name);
        }
        List<Map<String, Object>> activities = c.world().autoScaling().in(c.region()).stream()
                .filter(g -> name == null || g.name().equals(name))
                .flatMap(g -> g.activities().stream().map(a -> activity(g, a)))
                .limit(max == null ? 100 : max)
                .toList();
        return Tree.of("Activities", activities);
    }

    private static Object update(Call c) {
        Map<String, Object> template = c.args().map("LaunchTemplate");
        String templateName = null;
        String version = null;
        if (template != null) {
            Object nameOrId = template.getOrDefault("LaunchTemplateName", template.get("LaunchTemplateId"));
            if (nameOrId == null) {
                throw AwsError.client("ValidationError", "Either LaunchTemplateName or LaunchTemplateId must be given.");
            }
            LaunchTemplates.Template found = c.world().launchTemplates().find(c.region(), String.valueOf(nameOrId));
            templateName = found == null ? String.valueOf(nameOrId) : found.name();
            version = template.get("Version") == null ? null : String.valueOf(template.get("Version"));
        }
        c.world().autoScaling().update(c.region(), c.args().required("AutoScalingGroupName"), templateName, version,
                c.args().integer("MinSize"), c.args().integer("MaxSize"), c.args().integer("DesiredCapacity"), c.args().string("HealthCheckType"));
        return Tree.of();
    }

    private static Map<String, Object> group(Call c, ScalingGroup g) {
        LaunchTemplates.Template template = c.world().launchTemplates().find(g.region(), g.launchTemplateName());
        Map<String, Object> templateSpec = Tree.of("LaunchTemplateId", template == null ? null : template.id(),
                "LaunchTemplateName", g.launchTemplateName(), "Version", g.launchTemplateVersion());
        return Tree.of(
                "AutoScalingGroupName", g.name(),
                "AutoScalingGroupARN", g.arn(),
                "LaunchTemplate", templateSpec,
                "MinSize", g.min(),
                "MaxSize", g.max(),
                "DesiredCapacity", g.desired(),
                "DefaultCooldown", 300L,
                "AvailabilityZones", g.zones(),
                "LoadBalancerNames", List.of(),
                "TargetGroupARNs", List.of(g.targetGroupArn()),
                "HealthCheckType", g.healthCheckType(),
                "HealthCheckGracePeriod", g.healthCheckGracePeriod(),
                "Instances", g.instances().stream().map(i -> instance(i, template)).toList(),
                "CreatedTime", g.created(),
                "SuspendedProcesses", List.of(),
                "VPCZoneIdentifier", String.join(",", g.zones().stream().map(z -> "subnet-0" + Integer.toHexString(z.hashCode())).toList()),
                "EnabledMetrics", List.of(),
                "Tags", g.tags().stream().map(t -> Tree.of("ResourceId", g.name(), "ResourceType", "auto-scaling-group", "Key", t.key(),
                        "Value", t.value(), "PropagateAtLaunch", true)).toList(),
                "TerminationPolicies", List.of("Default"),
                "NewInstancesProtectedFromScaleIn", false,
                "ServiceLinkedRoleARN", c.world().account().arn("iam", "", "role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"));
    }

    private static Map<String, Object> instance(GroupInstance i, LaunchTemplates.Template template) {
        return Tree.of(
                "InstanceId", i.id(),
                "InstanceType", instanceType(i, template),
                "AvailabilityZone", i.zone(),
                "LifecycleState", i.lifecycle().name(),
                "HealthStatus", i.unhealthy() ? "Unhealthy" : "Healthy",
                "LaunchTemplate", template == null ? null
                        : Tree.of("LaunchTemplateId", template.id(), "LaunchTemplateName", template.name(), "Version", i.launchTemplateVersion()),
                "ProtectedFromScaleIn", false);
    }

    /** The instance type of the launch-template version the instance was launched from; null when the template is gone. */
    private static String instanceType(GroupInstance i, LaunchTemplates.Template template) {
        if (template == null) {
            return null;
        }
        return template.versions().stream().filter(v -> String.valueOf(v.number()).equals(i.launchTemplateVersion())).findFirst()
                .map(v -> String.valueOf(v.data().get("InstanceType"))).orElse(null);
    }

    private static Map<String, Object> activity(ScalingGroup g, Activity a) {
        return Tree.of(
                "ActivityId", a.id(),
                "AutoScalingGroupName", g.name(),
                "Description", a.description(),
                "Cause", a.cause(),
                "StartTime", a.start(),
                "EndTime", a.end(),
                "StatusCode", a.statusCode(),
                "Progress", a.progress(),
                "Details", "{\"Subnet ID\":\"subnet-0" + Integer.toHexString(g.zones().get(0).hashCode()) + "\",\"Availability Zone\":\""
                        + g.zones().get(0) + "\"}",
                "AutoScalingGroupARN", g.arn());
    }
}
