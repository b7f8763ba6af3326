package dev.playbook.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.model.Durations;
import dev.playbook.model.Playbook;

/**
 * CloudWatch alarms that keep the objectives in view once the runbook is deployed, as
 * PutMetricAlarm inputs: an execution that reaches the RTO is stopped by the state machine's
 * TimeoutSeconds and raises the first; a failed or aborted execution raises the second.
 * {@code ${StateMachineArn}} is left for the deployment to fill in.
 */
final class Alarms {

    private Alarms() {
    }

    static String of(Playbook playbook) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode alarms = root.putArray("Alarms");
        String name = playbook.metadata().name();
        if (playbook.objectives() != null && playbook.objectives().rto() != null) {
            alarm(alarms, name + "-rto-exceeded", "ExecutionsTimedOut",
                    "playbook " + name + ": an execution ran into its RTO of " + Durations.format(playbook.objectives().rto())
                            + " (the state machine's TimeoutSeconds) and was stopped");
        }
        alarm(alarms, name + "-failed", "ExecutionsFailed", "playbook " + name + ": an execution failed, was aborted or rolled back");
        ArrayNode budgets = root.putArray("PhaseBudgets");
        playbook.phases().stream().filter(p -> p.budget() != null).forEach(p -> {
            ObjectNode b = budgets.addObject();
            b.put("Phase", p.id());
            b.put("BudgetSeconds", p.budget().toSeconds());
            b.put("State", p.id());
        });
        return Documents.json(root);
    }

    private static void alarm(ArrayNode alarms, String alarmName, String metric, String description) {
        ObjectNode a = alarms.addObject();
        a.put("AlarmName", alarmName);
        a.put("AlarmDescription", description);
        a.put("Namespace", "AWS/States");
        a.put("MetricName", metric);
        ObjectNode dimension = a.putArray("Dimensions").addObject();
        dimension.put("Name", "StateMachineArn");
        dimension.put("Value", "${StateMachineArn}");
        a.put("Statistic", "Sum");
        a.put("Period", 60);
        a.put("EvaluationPeriods", 1);
        a.put("Threshold", 1);
        a.put("ComparisonOperator", "GreaterThanOrEqualToThreshold");
        a.put("TreatMissingData", "notBreaching");
    }
}
