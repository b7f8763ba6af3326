package dev.playbook.aws;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The bundled services. Adding one is its SDK dependency in engine/pom.xml and one line here.
 * The client classes sit behind lambdas so that naming a service loads nothing.
 */
public final class AwsServices {

    private static final List<AwsService> ALL = List.of(
            new AwsService("autoscaling", "autoscaling", () -> AutoScalingClient.class),
            new AwsService("cloudwatch", "cloudwatch", () -> CloudWatchClient.class),
            new AwsService("ec2", "ec2", () -> Ec2Client.class),
            new AwsService("elasticache", "elasticache", () -> ElastiCacheClient.class),
            new AwsService("elasticloadbalancingv2", "elbv2", () -> ElasticLoadBalancingV2Client.class),
            new AwsService("rds", "rds", () -> RdsClient.class),
            new AwsService("route53", "route53", () -> Route53Client.class),
            new AwsService("sfn", "stepfunctions", () -> SfnClient.class),
            new AwsService("sns", "sns", () -> SnsClient.class),
            new AwsService("sts", "sts", () -> StsClient.class));

    private AwsServices() {
    }

    public static List<AwsService> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(AwsService::name).toList();
    }

    public static Optional<AwsService> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** By action name or AWS CLI name, ignoring case: how people write it in a hint. */
    public static Optional<AwsService> findLoosely(String name) {
        return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name) || s.cliName().equalsIgnoreCase(name)).findFirst();
    }
}
