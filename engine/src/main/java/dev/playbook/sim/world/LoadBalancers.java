package dev.playbook.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The two load balancers of the seed runbook, found by DNS name, name, ARN or CloudWatch dimension. */
public final class LoadBalancers {

    private final List<LoadBalancer> all = new ArrayList<>();

    void add(LoadBalancer lb) {
        all.add(lb);
    }

    public List<LoadBalancer> all() {
        return List.copyOf(all);
    }

    public List<LoadBalancer> in(String region) {
        return all.stream().filter(lb -> lb.region().equals(region)).toList();
    }

    public LoadBalancer byDnsName(String dnsName) {
        String wanted = dnsName.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "").replaceFirst("^dualstack\\.", "");
        return all.stream().filter(lb -> lb.dnsName().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    public LoadBalancer byName(String name) {
        return all.stream().filter(lb -> lb.name().equals(name)).findFirst().orElse(null);
    }

    public LoadBalancer byArn(String arn) {
        return all.stream().filter(lb -> lb.arn().equals(arn) || lb.targetGroupArn().equals(arn)).findFirst().orElse(null);
    }

    /**
     * The load balancer a CloudWatch {@code LoadBalancer} dimension ({@code app/<name>/<id>})
     * names, exactly, as CloudWatch matches it: a placeholder id finds nothing.
     */
    public LoadBalancer byDimension(String dimension) {
        return all.stream().filter(lb -> lb.dimension().equals(dimension)).findFirst().orElse(null);
    }
}
