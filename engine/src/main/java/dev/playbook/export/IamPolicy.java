package dev.playbook.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.aws.AwsOperation;
import java.util.Map;
import java.util.Set;

/** The IAM policy the state machine's role needs: every AWS action its tasks call. */
final class IamPolicy {

    /** Services whose IAM prefix is not their SDK name. */
    private static final Map<String, String> IAM_PREFIX = Map.of("elasticloadbalancingv2", "elasticloadbalancing");

    private IamPolicy() {
    }

    /** {@code rds:PromoteReadReplica} for aws.rds.promoteReadReplica. */
    static String action(AwsOperation op) {
        String service = op.service().name();
        return IAM_PREFIX.getOrDefault(service, service) + ":" + op.apiName();
    }

    /** {@code integrations}: "sns" (notify, manual) and "http" (http.* through an EventBridge connection). */
    static String of(Set<String> awsActions, Set<String> integrations) {
        ObjectNode policy = new ObjectMapper().createObjectNode();
        policy.put("Version", "2012-10-17");
        ArrayNode statements = policy.putArray("Statement");
        if (!awsActions.isEmpty()) {
            statement(statements, "PlaybookAwsCalls", "*").addAll(awsActions.stream()
                    .map(a -> policy.textNode(a)).toList());
        }
        if (integrations.contains("sns")) {
            statement(statements, "PlaybookTopics", "*").add("sns:Publish");
        }
        if (integrations.contains("http")) {
            ArrayNode http = statement(statements, "PlaybookHttpTasks", "*");
            http.add("states:InvokeHTTPEndpoint");
            http.add("events:RetrieveConnectionCredentials");
            http.add("secretsmanager:GetSecretValue");
            http.add("secretsmanager:DescribeSecret");
        }
        return Documents.json(policy);
    }

    private static ArrayNode statement(ArrayNode statements, String sid, String resource) {
        ObjectNode s = statements.addObject();
        s.put("Sid", sid);
        s.put("Effect", "Allow");
        ArrayNode actions = s.putArray("Action");
        s.put("Resource", resource);
        return actions;
    }
}
