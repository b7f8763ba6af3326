package dev.playbook.sim.world;

/** An application load balancer in front of one Auto Scaling group's target group. */
public record LoadBalancer(Account account, String name, String region, String id, String dnsName, String canonicalZoneId, String targetGroupName,
                           long targetPort, String healthCheckPath, String groupName) {

    public String arn() {
        return account.arn("elasticloadbalancing", region, "loadbalancer/app/" + name + "/" + id);
    }

    public String targetGroupArn() {
        return account.arn("elasticloadbalancing", region, "targetgroup/" + targetGroupName + "/" + new StringBuilder(id).reverse());
    }

    /** The CloudWatch LoadBalancer dimension: {@code app/<name>/<id>}. */
    public String dimension() {
        return "app/" + name + "/" + id;
    }
}
