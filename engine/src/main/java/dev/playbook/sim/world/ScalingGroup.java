package dev.playbook.sim.world;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An Auto Scaling group with its instances and recent activities (newest first). */
public final class ScalingGroup {

    final Account account;
    final String name;
    final String region;
    final List<String> zones;
    final String targetGroupArn;
    final Instant created;
    final List<WorldFile.Tag> tags;
    int min;
    int max;
    int desired;
    String launchTemplateName;
    String launchTemplateVersion;
    String healthCheckType;
    int healthCheckGracePeriod;
    final List<GroupInstance> instances = new ArrayList<>();
    final Deque<Activity> activities = new ArrayDeque<>();

    ScalingGroup(Account account, String name, String region, List<String> zones, String targetGroupArn, Instant created, List<WorldFile.Tag> tags) {
        this.tags = List.copyOf(tags);
        this.account = account;
        this.name = name;
        this.region = region;
        this.zones = List.copyOf(zones);
        this.targetGroupArn = targetGroupArn;
        this.created = created;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String arn() {
        return account.arn("autoscaling", region, "autoScalingGroup:" + Account.uuidFor(name) + ":autoScalingGroupName/" + name);
    }

    public List<String> zones() {
        return zones;
    }

    public String targetGroupArn() {
        return targetGroupArn;
    }

    public Instant created() {
        return created;
    }

    public List<WorldFile.Tag> tags() {
        return tags;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int desired() {
        return desired;
    }

    public String launchTemplateName() {
        return launchTemplateName;
    }

    public String launchTemplateVersion() {
        return launchTemplateVersion;
    }

    public String healthCheckType() {
        return healthCheckType;
    }

    public int healthCheckGracePeriod() {
        return healthCheckGracePeriod;
    }

    public List<GroupInstance> instances() {
        return List.copyOf(instances);
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public long inRotation() {
        return instances.stream().filter(GroupInstance::inRotation).count();
    }
}
