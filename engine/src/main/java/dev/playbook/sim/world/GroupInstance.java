package dev.playbook.sim.world;

import java.time.Instant;

/** An EC2 instance in an Auto Scaling group, and what the load balancer thinks of it. */
public final class GroupInstance {

    public enum Lifecycle { Pending, InService, Terminating }

    final String id;
    final String zone;
    final String launchTemplateVersion;
    final Instant launched;
    Lifecycle lifecycle = Lifecycle.Pending;
    boolean unhealthy;
    /** It answers requests with errors (a fault); the load balancer notices only after its health checks. */
    boolean failing;
    /** The target group has marked it unhealthy and sends it no more traffic. */
    boolean outOfRotation;

    GroupInstance(String id, String zone, String launchTemplateVersion, Instant launched) {
        this.id = id;
        this.zone = zone;
        this.launchTemplateVersion = launchTemplateVersion;
        this.launched = launched;
    }

    public String id() {
        return id;
    }

    public String zone() {
        return zone;
    }

    public String launchTemplateVersion() {
        return launchTemplateVersion;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** The group's view: Healthy or Unhealthy. */
    public boolean unhealthy() {
        return unhealthy;
    }

    public boolean failing() {
        return failing;
    }

    /** The load balancer routes requests to it: in service and not (yet) marked unhealthy. */
    public boolean inRotation() {
        return lifecycle == Lifecycle.InService && !outOfRotation;
    }

    /** Target health as ELBv2 reports it. */
    public String targetState() {
        if (lifecycle == Lifecycle.Terminating) {
            return "draining";
        }
        if (lifecycle == Lifecycle.Pending) {
            return "initial";
        }
        return outOfRotation ? "unhealthy" : "healthy";
    }
}
