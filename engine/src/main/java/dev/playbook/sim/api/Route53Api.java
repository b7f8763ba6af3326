package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.Route53;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Route53: record changes (PENDING, then INSYNC), change status and the zone's records. */
final class Route53Api {

    private static final List<String> ACTIONS = List.of("CREATE", "DELETE", "UPSERT");

    private Route53Api() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.route53.changeResourceRecordSets", Route53Api::change);
        AwsGateway.register(handlers, "aws.route53.getChange", c -> Tree.of("ChangeInfo",
                changeInfo(c.world().route53().getChange(c.args().required("Id")))));
        AwsGateway.register(handlers, "aws.route53.listResourceRecordSets", c -> Tree.of(
                "ResourceRecordSets", c.world().route53().records(c.args().required("HostedZoneId")).stream().map(Route53Api::record).toList(),
                "IsTruncated", false, "MaxItems", "300"));
    }

    private static Object change(Call c) {
        Map<String, Object> batch = c.args().map("ChangeBatch");
        if (batch == null || !(batch.get("Changes") instanceof List<?> changes) || changes.isEmpty()) {
            throw AwsError.client("InvalidInput", "ChangeBatch.Changes must hold at least one change.");
        }
        List<Route53.Edit> edits = new ArrayList<>();
        for (Object item : changes) {
            Args change = new Args(structure(item, "a change"));
            String action = change.required("Action");
            if (!ACTIONS.contains(action)) {
                throw AwsError.client("InvalidInput", "Invalid request: Expected Action to be one of " + ACTIONS + ", not " + action + ".");
            }
            Map<String, Object> set = change.map("ResourceRecordSet");
            if (set == null) {
                throw AwsError.client("InvalidInput", "Each change needs a ResourceRecordSet.");
            }
            edits.add(new Route53.Edit(action, recordSet(new Args(set))));
        }
        Object comment = batch.get("Comment");
        return Tree.of("ChangeInfo", changeInfo(c.world().route53().change(c.args().required("HostedZoneId"),
                comment == null ? null : String.valueOf(comment), edits)));
    }

    private static Route53.Record recordSet(Args set) {
        Map<String, Object> alias = set.map("AliasTarget");
        List<String> values = set.maps("ResourceRecords").stream().map(r -> String.valueOf(r.get("Value"))).toList();
        if (alias != null) {
            Args a = new Args(alias);
            return new Route53.Record(set.required("Name"), set.required("Type"), null, a.required("HostedZoneId"), a.required("DNSName"),
                    a.bool("EvaluateTargetHealth"), null);
        }
        Integer ttl = set.integer("TTL");
        return new Route53.Record(set.required("Name"), set.required("Type"), ttl == null ? null : ttl.longValue(), null, null, null, values);
    }

    private static Map<String, Object> changeInfo(Route53.Change change) {
        return Tree.of("Id", change.id(), "Status", change.status(), "SubmittedAt", change.submitted(), "Comment", change.comment());
    }

    private static Map<String, Object> record(Route53.Record r) {
        return Tree.of("Name", r.name().endsWith(".") ? r.name() : r.name() + ".", "Type", r.type(), "TTL", r.ttl(),
                "ResourceRecords", r.values() == null ? null : r.values().stream().map(v -> Tree.of("Value", v)).toList(),
                "AliasTarget", r.aliasDnsName() == null ? null : Tree.of("HostedZoneId", r.aliasZoneId(), "DNSName", r.aliasDnsName(),
                        "EvaluateTargetHealth", Boolean.TRUE.equals(r.evaluateTargetHealth())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structure(Object value, String what) {
        if (!(value instanceof Map)) {
            throw AwsError.client("InvalidInput", what + " must be a structure.");
        }
        return (Map<String, Object>) value;
    }
}
