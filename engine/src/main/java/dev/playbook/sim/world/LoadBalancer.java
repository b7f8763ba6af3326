package dev.playbook.sim.world;

/** An application load balancer in front of one Auto Scaling group's target group. */
public record LoadBalancer(String name, String region, String id, String dnsName, String canonicalZoneId, String targetGroupName,
                           String groupName) {

    public String arn() {
        return "arn:aws:elasticloadbalancing:" + region + ":" + SeedInfrastructure.ACCOUNT + ":loadbalancer/app/" + name + "/" + id;
    }

    public String targetGroupArn() {
        return "arn:aws:elasticloadbalancing:" + region + ":" + SeedInfrastructure.ACCOUNT + ":targetgroup/" + targetGroupName + "/"
                + new StringBuilder(id).reverse();
    }

    /** The CloudWatch LoadBalancer dimension: {@code app/<name>/<id>}. */
    public String dimension() {
        return "app/" + name + "/" + id;
    }
}
