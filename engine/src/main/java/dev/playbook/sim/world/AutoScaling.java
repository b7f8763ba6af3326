package dev.playbook.sim.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Auto Scaling in both regions. Raising the desired capacity launches instances that are
 * Pending until they pass their health checks; an instance the load balancer marks unhealthy is
 * replaced when the group uses ELB health checks, as the runbook's Scenario 2 relies on.
 */
public final class AutoScaling {

    private final World world;
    private final List<ScalingGroup> groups = new ArrayList<>();

    AutoScaling(World world) {
        this.world = world;
    }

    void add(ScalingGroup group) {
        groups.add(group);
    }

    /**
     * The instances a group already runs when the story starts. They were launched long enough
     * ago that describe-scaling-activities, which keeps six weeks, no longer lists the launches.
     */
    void populate(ScalingGroup group, java.time.Instant launched) {
        for (int i = 0; i < group.desired; i++) {
            GroupInstance instance = new GroupInstance("i-0" + world.hex(16), group.zones.get(i % group.zones.size()),
                    world.launchTemplates().resolveVersion(group.region, group.launchTemplateName, group.launchTemplateVersion), launched);
            instance.lifecycle = GroupInstance.Lifecycle.InService;
            group.instances.add(instance);
        }
    }

    public ScalingGroup find(String region, String name) {
        return groups.stream().filter(g -> g.region.equals(region) && g.name.equals(name)).findFirst().orElse(null);
    }

    public List<ScalingGroup> in(String region) {
        return groups.stream().filter(g -> g.region.equals(region)).toList();
    }

    public ScalingGroup get(String region, String name) {
        ScalingGroup group = find(region, name);
        if (group == null) {
            throw AwsError.client("ValidationError", "AutoScalingGroup name not found - AutoScalingGroup " + name + " not found");
        }
        return group;
    }

    public void setDesiredCapacity(String region, String name, int desired) {
        ScalingGroup group = get(region, name);
        checkCapacity(group, desired, group.min, group.max);
        String cause = "a user request explicitly set group desired capacity changing the desired capacity from "
                + group.desired + " to " + desired;
        group.desired = desired;
        reconcile(group, cause);
    }

    public void update(String region, String name, String templateName, String templateVersion, Integer min, Integer max,
                       Integer desired, String healthCheckType) {
        ScalingGroup group = get(region, name);
        if (templateName != null && world.launchTemplates().find(region, templateName) == null) {
            throw AwsError.client("ValidationError", "You must use a valid fully-formed launch template. The specified launch template, with template name "
                    + templateName + ", does not exist.");
        }
        int newMin = min != null ? min : group.min;
        int newMax = max != null ? max : group.max;
        int newDesired = desired != null ? desired : Math.max(newMin, Math.min(newMax, group.desired));
        checkCapacity(group, newDesired, newMin, newMax);
        if (templateName != null) {
            group.launchTemplateName = templateName;
            group.launchTemplateVersion = templateVersion != null ? templateVersion : "$Default";
            world.note(WorldEvent.Kind.CHANGE, name + " launches new instances from " + templateName + " " + group.launchTemplateVersion);
        }
        if (healthCheckType != null) {
            group.healthCheckType = healthCheckType;
        }
        group.min = newMin;
        group.max = newMax;
        if (newDesired != group.desired) {
            String cause = "a user request update of AutoScalingGroup constraints changing the desired capacity from "
                    + group.desired + " to " + newDesired;
            group.desired = newDesired;
            reconcile(group, cause);
        }
    }

    /** Fault: {@code count} serving instances start answering with errors. */
    public List<GroupInstance> failInstances(ScalingGroup group, int count) {
        List<GroupInstance> chosen = group.instances.stream().filter(GroupInstance::inRotation).limit(count).toList();
        for (GroupInstance instance : chosen) {
            instance.failing = true;
            world.after("elb-detect", () -> detectedUnhealthy(group, instance));
        }
        return chosen;
    }

    private void detectedUnhealthy(ScalingGroup group, GroupInstance instance) {
        if (instance.lifecycle != GroupInstance.Lifecycle.InService) {
            return;
        }
        instance.outOfRotation = true;
        world.note(WorldEvent.Kind.CHANGE, instance.id + " marked unhealthy by the target group of " + group.name);
        if ("ELB".equals(group.healthCheckType)) {
            instance.unhealthy = true;
            terminate(group, instance, "an instance was taken out of service in response to an ELB system health check failure.");
            reconcile(group, "an instance was taken out of service in response to an ELB system health check failure.");
        }
    }

    /** Brings the number of live instances to the desired capacity. */
    private void reconcile(ScalingGroup group, String cause) {
        List<GroupInstance> live = group.instances.stream().filter(i -> i.lifecycle != GroupInstance.Lifecycle.Terminating).toList();
        int missing = group.desired - live.size();
        if (missing > 0) {
            world.note(WorldEvent.Kind.CHANGE, group.name + ": launching " + missing + (missing == 1 ? " instance" : " instances"));
        }
        for (int i = 0; i < missing; i++) {
            launch(group, cause, live.size() + i);
        }
        if (missing < 0) {
            // Newest first, Pending before InService: what leaves the group costs the least capacity.
            live.stream().sorted(Comparator.comparing((GroupInstance g) -> g.lifecycle == GroupInstance.Lifecycle.InService)
                            .thenComparing(g -> g.launched, Comparator.reverseOrder()))
                    .limit(-missing)
                    .forEach(instance -> terminate(group, instance, cause));
        }
    }

    private void launch(ScalingGroup group, String cause, int index) {
        String id = "i-0" + world.hex(16);
        GroupInstance instance = new GroupInstance(id, group.zones.get(index % group.zones.size()),
                world.launchTemplates().resolveVersion(group.region, group.launchTemplateName, group.launchTemplateVersion), world.now());
        group.instances.add(instance);
        Activity activity = new Activity(uuid(), "Launching a new EC2 instance: " + id,
                "At " + world.now() + " " + cause + ".", world.now());
        group.activities.addFirst(activity);
        world.after("asg-launch", () -> {
            if (instance.lifecycle != GroupInstance.Lifecycle.Pending) {
                return;
            }
            instance.lifecycle = GroupInstance.Lifecycle.InService;
            activity.finish(world.now());
            long serving = group.instances.stream().filter(i -> i.lifecycle == GroupInstance.Lifecycle.InService).count();
            if (serving == group.desired) {
                world.note(WorldEvent.Kind.CHANGE, group.name + ": all " + serving + " instances InService and healthy");
            }
        });
    }

    private void terminate(ScalingGroup group, GroupInstance instance, String cause) {
        instance.lifecycle = GroupInstance.Lifecycle.Terminating;
        Activity activity = new Activity(uuid(), "Terminating EC2 instance: " + instance.id, "At " + world.now() + " " + cause, world.now());
        group.activities.addFirst(activity);
        world.after("asg-terminate", () -> {
            group.instances.remove(instance);
            activity.finish(world.now());
        });
    }

    private static void checkCapacity(ScalingGroup group, int desired, int min, int max) {
        if (desired > max) {
            throw AwsError.client("ValidationError", "New SetDesiredCapacity value " + desired + " is above max value " + max
                    + " for the AutoScalingGroup.");
        }
        if (desired < min) {
            throw AwsError.client("ValidationError", "New SetDesiredCapacity value " + desired + " is below min value " + min
                    + " for the AutoScalingGroup.");
        }
    }

    private String uuid() {
        return world.hex(8) + "-" + world.hex(4) + "-" + world.hex(4) + "-" + world.hex(4) + "-" + world.hex(12);
    }
}
