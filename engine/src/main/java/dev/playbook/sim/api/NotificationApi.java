package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.WorldEvent;
import java.util.Map;
import java.util.UUID;

/** SNS publish and the STS caller identity: accepted and answered, with no effect on the world. */
final class NotificationApi {

    private NotificationApi() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.sns.publish", c -> {
            String target = c.args().string("TopicArn") != null ? c.args().string("TopicArn") : c.args().string("TargetArn");
            if (target == null && c.args().string("PhoneNumber") == null) {
                throw AwsError.client("InvalidParameter", "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
            }
            c.world().note(WorldEvent.Kind.OPERATOR, "SNS message to " + (target != null ? target : c.args().string("PhoneNumber"))
                    + ": " + c.args().required("Message"));
            return Tree.of("MessageId", new UUID(c.world().random().nextLong(), c.world().random().nextLong()).toString());
        });
        AwsGateway.register(handlers, "aws.sts.getCallerIdentity", c -> Tree.of("UserId", "AROASIMULATEDDRILL:simulator",
                "Account", c.world().account().id(), "Arn", c.world().account().arn("sts", "", "assumed-role/playbook-drill/simulator")));
    }
}
