package dev.playbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.load.InputBinder;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Playbook;
import dev.playbook.testing.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Step Functions mapping of docs/export.md, construct by construct, on export/every-construct.yaml. */
class StepFunctionsMappingTest {

    private static final String FILE = "engine/src/test/resources/export/every-construct.yaml";
    private static JsonNode machine;
    private static JsonNode states;
    private static Export export;

    @BeforeAll
    static void export() throws Exception {
        LoadResult loaded = PlaybookLoader.load(FILE, Repo.read(Repo.root().resolve(FILE)));
        assertTrue(loaded.ok(), () -> loaded.diagnostics().toString());
        Playbook playbook = loaded.playbook();
        export = StepFunctionsExporter.export(playbook, InputBinder.bind(playbook, Map.of()).values(), ActionRegistry.discover());
        machine = new ObjectMapper().readTree(export.document());
        states = machine.get("States");
    }

    @Test
    void theMachineCarriesNameVersionSourceAndTheRtoAsItsTimeout() {
        assertEquals("JSONata", machine.get("QueryLanguage").asText());
        assertTrue(machine.get("Comment").asText().startsWith("playbook every-construct 2.1.0 (Every construct) from " + FILE));
        assertEquals(3600, machine.get("TimeoutSeconds").asInt());
        assertEquals("Start", machine.get("StartAt").asText());
        assertTrue(states.get("describe").get("Comment").asText().startsWith(FILE + ":22:9: action describe"), "states name their source line");
        assertTrue(states.get("first").get("Comment").asText().endsWith("budget 10m"));
    }

    @Test
    void awsActionsAreSdkTasksWithTranslatedParametersAndTheStepsTimeout() {
        JsonNode describe = states.get("describe");
        assertEquals("arn:aws:states:::aws-sdk:rds:describeDBInstances", describe.get("Resource").asText());
        assertEquals("{% $vars.db %}", describe.get("Arguments").get("DBInstanceIdentifier").asText());
        assertEquals(120, describe.get("TimeoutSeconds").asInt(), "defaults.timeout");
        assertEquals(30, states.get("promote").get("TimeoutSeconds").asInt(), "the step's timeout");
        assertEquals("{% $states.result %}", describe.get("Assign").get("step_describe").get("result").asText());
    }

    @Test
    void retriesReadOnlyAndTokenCarryingCallsButNotOtherMutations() {
        JsonNode retry = states.get("describe").get("Retry").get(0);
        assertEquals("States.ALL", retry.get("ErrorEquals").get(0).asText());
        assertEquals(5, retry.get("IntervalSeconds").asInt());
        assertEquals(2, retry.get("MaxAttempts").asInt(), "attempts: 3 is two retries");
        assertEquals(2.0, retry.get("BackoffRate").asDouble());
        assertEquals(60, retry.get("MaxDelaySeconds").asInt());
        assertEquals("FULL", retry.get("JitterStrategy").asText());

        assertFalse(states.get("promote").has("Retry"), "promoteReadReplica has no idempotency token");
        assertTrue(states.get("promote").get("Comment").asText().contains("not retried"));

        JsonNode version = states.get("new_version");
        assertTrue(version.has("Retry"), "createLaunchTemplateVersion carries a ClientToken");
        assertTrue(version.get("Arguments").get("ClientToken").asText().contains("$states.context.Execution.Name"),
                "one token per execution and step, the same on every retry");
    }

    @Test
    void expectAndVerifyAreChoicesThatFailWithTheAssertion() {
        assertEquals("describe.expect", states.get("describe").get("Next").asText());
        JsonNode expect = states.get("describe.expect");
        assertEquals("Choice", expect.get("Type").asText());
        assertTrue(expect.get("Choices").get(0).get("Condition").asText().contains("$step_describe.result.DBInstances[0].DBInstanceStatus"));
        assertEquals("Fail", states.get(expect.get("Choices").get(0).get("Next").asText() + ".fail").get("Type").asText());

        JsonNode verify = states.get("checks");
        assertEquals("Choice", verify.get("Type").asText());
        String failed = verify.get("Choices").get(0).get("Next").asText();
        JsonNode fail = states.get(states.get(failed).get("Next").asText());
        assertEquals("Fail", fail.get("Type").asText());
        assertTrue(fail.get("Cause").asText().endsWith("check failed: exactly one instance"), fail.toString());
    }

    @Test
    void whenIsAChoiceAroundTheStep() {
        JsonNode when = states.get("gated.when");
        assertEquals("{% $inputs.enabled %}", when.get("Choices").get(0).get("Condition").asText());
        assertEquals("gated", when.get("Choices").get(0).get("Next").asText());
        assertEquals("skipped", states.get(when.get("Default").asText()).get("Assign").get("step_gated").get("status").asText());
        assertEquals("gated.when", states.get("new_version").get("Next").asText());
    }

    @Test
    void logIsAPassAndSleepAWait() {
        assertEquals("Pass", states.get("gated").get("Type").asText());
        assertTrue(states.get("gated").get("Output").get("message").asText().contains("$inputs.capacity"));
        assertEquals("Wait", states.get("pause").get("Type").asText());
        assertEquals(30, states.get("pause").get("Seconds").asInt());
    }

    @Test
    void waitIsAPollingLoopWithAGrowingIntervalBoundedByItsTimeout() {
        assertTrue(states.get("available").get("Assign").get("wait_available").get("deadline").asText().contains("900000"));
        assertEquals(10, states.get("available").get("Assign").get("wait_available").get("interval").asInt());
        assertEquals("available.until", states.get("available.poll").get("Next").asText());
        assertEquals("available.deadline", states.get("available.poll").get("Catch").get(0).get("Next").asText(), "a failed poll polls again");
        assertEquals("available.done", states.get("available.until").get("Choices").get(0).get("Next").asText());
        assertEquals("available.timeout", states.get("available.deadline").get("Choices").get(0).get("Next").asText());
        JsonNode sleep = states.get("available.sleep");
        assertTrue(sleep.get("Assign").get("wait_available").get("interval").asText().contains("$min([30,"), "capped by max_every");
        assertEquals("available.poll", sleep.get("Next").asText());
    }

    @Test
    void parallelBranchesHandTheirRecordsToTheStepsAfter() {
        JsonNode both = states.get("both");
        assertEquals("Parallel", both.get("Type").asText());
        assertEquals(2, both.get("Branches").size());
        JsonNode health = both.get("Branches").get(0).get("States").get("health");
        assertEquals("arn:aws:states:::http:invoke", health.get("Resource").asText());
        assertEquals("{% $deploy.http_connection_arn %}", health.get("Arguments").get("Authentication").get("ConnectionArn").asText());
        JsonNode tell = both.get("Branches").get(1).get("States").get("tell");
        assertEquals("arn:aws:states:::sns:publish", tell.get("Resource").asText());
        assertEquals("{% $states.result[1].step_tell %}", both.get("Assign").get("step_tell").asText());
    }

    @Test
    void manualWaitsForItsTaskTokenAfterPublishingTheInstructions() {
        JsonNode approve = states.get("approve");
        assertEquals("arn:aws:states:::sns:publish.waitForTaskToken", approve.get("Resource").asText());
        assertEquals("{% $deploy.approval_topic_arn %}", approve.get("Arguments").get("TopicArn").asText());
        String message = approve.get("Arguments").get("Message").asText();
        assertTrue(message.contains("$states.context.Task.Token") && message.contains("playbook approve --task-token"), message);
    }

    @Test
    void onFailureContinuesAbortsOrRollsBack() {
        assertEquals("gated.when", states.get("new_version").get("Catch").get(0).get("Next").asText(), "continue: the next step");
        assertEquals("Fail", states.get(states.get("describe").get("Catch").get(0).get("Next").asText()).get("Type").asText(), "abort");
        assertEquals("Rollback", states.get("dns").get("Catch").get(0).get("Next").asText(), "rollback");
        assertEquals("undo", states.get("Rollback").get("Next").asText());
        assertEquals("RolledBack", states.get("undo").get("Next").asText());
        assertEquals("RolledBack", states.get("undo").get("Catch").get(0).get("Next").asText(), "rollback steps all run");
        assertEquals("Fail", states.get("RolledBack").get("Type").asText());
    }

    @Test
    void shellIsReportedAndLeftToAPerson() {
        List<String> headlines = new ArrayList<>(export.problems().stream().map(Diagnostic::headline).toList());
        assertEquals(List.of(FILE + ":74:17: error[export-shell]: shell step `run_script` runs a program on the operator's machine, "
                + "which a state machine does not have (Step Functions)"), headlines);
        assertEquals("arn:aws:states:::sns:publish.waitForTaskToken", states.get("run_script").get("Resource").asText());
        assertTrue(states.get("run_script").get("Arguments").get("Message").asText().contains("echo, ${vars.db}"));
    }

    @Test
    void theIamPolicyNamesEveryCallAndIntegration() throws Exception {
        JsonNode policy = new ObjectMapper().readTree(export.iamPolicy());
        assertEquals("[\"ec2:CreateLaunchTemplateVersion\",\"rds:DescribeDBInstances\",\"rds:PromoteReadReplica\",\"route53:ChangeResourceRecordSets\"]",
                policy.get("Statement").get(0).get("Action").toString());
        assertEquals("sns:Publish", policy.get("Statement").get(1).get("Action").get(0).asText());
        assertEquals("states:InvokeHTTPEndpoint", policy.get("Statement").get(2).get("Action").get(0).asText());
    }

    @Test
    void theObjectivesBecomeAlarms() throws Exception {
        JsonNode alarms = new ObjectMapper().readTree(export.alarms());
        assertEquals("every-construct-rto-exceeded", alarms.get("Alarms").get(0).get("AlarmName").asText());
        assertEquals("ExecutionsTimedOut", alarms.get("Alarms").get(0).get("MetricName").asText());
        assertEquals(600, alarms.get("PhaseBudgets").get(0).get("BudgetSeconds").asInt());
    }
}
