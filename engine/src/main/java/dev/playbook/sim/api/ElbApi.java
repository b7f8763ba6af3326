package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.GroupInstance;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.ScalingGroup;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** ELBv2: the two load balancers, their target groups and target health. */
final class ElbApi {

    private static final Instant CREATED = Instant.parse("2025-10-20T09:00:00Z");

    private ElbApi() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.elasticloadbalancingv2.describeLoadBalancers", ElbApi::describeLoadBalancers);
        AwsGateway.register(handlers, "aws.elasticloadbalancingv2.describeTargetGroups", ElbApi::describeTargetGroups);
        AwsGateway.register(handlers, "aws.elasticloadbalancingv2.describeTargetHealth", ElbApi::describeTargetHealth);
    }

    private static Object describeLoadBalancers(Call c) {
        List<String> names = c.args().strings("Names");
        List<String> arns = c.args().strings("LoadBalancerArns");
        List<LoadBalancer> found = c.world().loadBalancers().in(c.region()).stream()
                .filter(lb -> (names == null || names.contains(lb.name())) && (arns == null || arns.contains(lb.arn()))).toList();
        if (names != null && found.size() < names.size()) {
            throw AwsError.client("LoadBalancerNotFound", "One or more load balancers not found");
        }
        return Tree.of("LoadBalancers", found.stream().map(lb -> Tree.of(
                "LoadBalancerArn", lb.arn(), "DNSName", lb.dnsName(), "CanonicalHostedZoneId", lb.canonicalZoneId(), "CreatedTime", CREATED,
                "LoadBalancerName", lb.name(), "Scheme", "internet-facing", "VpcId", "vpc-0" + Integer.toHexString(lb.region().hashCode()),
                "State", Tree.of("Code", "active"), "Type", "application",
                "AvailabilityZones", List.of("a", "b", "c").stream().map(z -> Tree.of("ZoneName", lb.region() + z,
                        "SubnetId", "subnet-0" + Integer.toHexString((lb.region() + z).hashCode()))).toList(),
                "IpAddressType", "ipv4")).toList());
    }

    private static Object describeTargetGroups(Call c) {
        List<String> names = c.args().strings("Names");
        String lbArn = c.args().string("LoadBalancerArn");
        List<LoadBalancer> found = c.world().loadBalancers().in(c.region()).stream()
                .filter(lb -> (names == null || names.contains(lb.targetGroupName())) && (lbArn == null || lbArn.equals(lb.arn()))).toList();
        if (names != null && found.size() < names.size()) {
            throw AwsError.client("TargetGroupNotFound", "One or more target groups not found");
        }
        return Tree.of("TargetGroups", found.stream().map(lb -> Tree.of(
                "TargetGroupArn", lb.targetGroupArn(), "TargetGroupName", lb.targetGroupName(), "Protocol", "HTTP", "Port", lb.targetPort(),
                "VpcId", "vpc-0" + Integer.toHexString(lb.region().hashCode()), "HealthCheckProtocol", "HTTP", "HealthCheckPort", "traffic-port",
                "HealthCheckEnabled", true, "HealthCheckIntervalSeconds", 30L, "HealthCheckTimeoutSeconds", 5L, "HealthyThresholdCount", 2L,
                "UnhealthyThresholdCount", 2L, "HealthCheckPath", lb.healthCheckPath(), "Matcher", Tree.of("HttpCode", "200"),
                "LoadBalancerArns", List.of(lb.arn()), "TargetType", "instance", "ProtocolVersion", "HTTP1", "IpAddressType", "ipv4")).toList());
    }

    private static Object describeTargetHealth(Call c) {
        String arn = c.args().required("TargetGroupArn");
        LoadBalancer lb = c.world().loadBalancers().byArn(arn);
        if (lb == null || !lb.targetGroupArn().equals(arn) || !lb.region().equals(c.region())) {
            throw AwsError.client("TargetGroupNotFound", "One or more target groups not found");
        }
        ScalingGroup group = c.world().autoScaling().find(lb.region(), lb.groupName());
        return Tree.of("TargetHealthDescriptions", group.instances().stream().map(i -> target(lb, i)).toList());
    }

    private static Map<String, Object> target(LoadBalancer lb, GroupInstance i) {
        String state = i.targetState();
        String reason = switch (state) {
            case "initial" -> "Elb.RegistrationInProgress";
            case "unhealthy" -> "Target.FailedHealthChecks";
            case "draining" -> "Target.DeregistrationInProgress";
            default -> null;
        };
        return Tree.of("Target", Tree.of("Id", i.id(), "Port", lb.targetPort()), "HealthCheckPort", String.valueOf(lb.targetPort()),
                "TargetHealth", Tree.of("State", state, "Reason", reason,
                        "Description", state.equals("unhealthy") ? "Health checks failed with these codes: [500]" : null));
    }
}
