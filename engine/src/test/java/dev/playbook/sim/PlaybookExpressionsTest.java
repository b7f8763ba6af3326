package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.aws.AwsServices;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import dev.playbook.run.RunEvent;
import dev.playbook.run.StepStatus;
import dev.playbook.sim.drill.DrillInputs;
import dev.playbook.sim.drill.DrillRunner;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * The playbooks' expressions ({@code until}, {@code expect}, {@code that}) hold against what the
 * simulator answers, on every branch: each drill below takes a path the scenarios of DrillsTest
 * do not (the reboot, a replacement fast enough to watch, a cache restore, terraform, the return to
 * primary, a rollback after a failed DNS change, isolation by security group). And what the simulator answers has the shape of the
 * AWS SDK's responses: member names, nesting and types.
 */
class PlaybookExpressionsTest {

    /** A failed DNS move to the secondary, so that the playbooks' rollbacks run. */
    private static final String DNS_MOVE_FAILS = """
            stubs:
              - action: aws.route53.changeResourceRecordSets
                with: {ChangeBatch: {Changes: [{ResourceRecordSet: {AliasTarget: {DNSName: basecoat-alb-dr.us-west-2.elb.amazonaws.com}}}]}}
                error: {code: PriorRequestNotComplete, message: The request was rejected because Route 53 was still processing a prior request.}
            """;

    /** Per playbook, the steps that ran and succeeded in some drill; and every AWS result seen, by action. */
    private static final Map<String, TreeSet<String>> SUCCEEDED = new LinkedHashMap<>();
    private static final Map<String, List<Object>> RESULTS = new LinkedHashMap<>();
    private static final List<String> EXPRESSION_ERRORS = new ArrayList<>();

    @BeforeAll
    static void drillEveryBranch() {
        drill("database-failover", Drills.scenario("database-failure"));
        drill("database-failover", Drills.scenario("database-hang"));
        drill("app-server-failure", Drills.scenario("app-server-failure"));
        drill("app-server-failure", inline("""
                playbook: app-server-failure
                faults:
                  - {fault: instances-fail-health-checks, at: 0s}
                durations: {elb-detect: 30s, asg-launch: 30s..40s}
                """));
        drill("cache-failure", Drills.scenario("cache-node-loss"));
        // A restore that fits the playbook's 7-minute wait (restores take 5-10 minutes by default).
        drill("cache-failure", inline("""
                playbook: cache-failure
                faults:
                  - {fault: cache-node-loss, at: 0s}
                durations: {elasticache-create: 5m..6m}
                """), "data_loss=true");
        drill("regional-failover", Drills.scenario("region-outage"));
        drill("regional-failover", inline("""
                playbook: regional-failover
                inputs: {dr_alb_dimension: app/basecoat-alb-dr/7b8c9d0e1f2a3b4c}
                faults:
                  - {fault: region-outage, at: -5m, region: us-east-1, for: 30m}
                """), "use_terraform=true", "return_to_primary=true");
        drill("regional-failover", inline(DNS_MOVE_FAILS + "faults:\n  - {fault: region-outage, at: -5m, region: us-east-1, for: 10m}\n"));
        drill("data-corruption", Drills.scenario("data-corruption"));
        drill("data-corruption", Drills.scenario("data-corruption"), "quarantine_security_group=sg-0quarantine0000001");
        drill("monthly-failover-drill", Drills.scenario("monthly-drill"));
        drill("monthly-failover-drill", inline(DNS_MOVE_FAILS));
    }

    private static Scenario inline(String body) {
        return ScenarioLoader.load("inline.yaml", "scenario: branch\n" + body, Drills.IN_BASECOAT);
    }

    private static void drill(String name, Scenario scenario, String... inputs) {
        Playbook playbook = Drills.playbook(name);
        Map<String, RunEvent.StepStarted> started = new LinkedHashMap<>();
        new DrillRunner(Drills.REAL).run(playbook, scenario, DrillInputs.bind(playbook, scenario, List.of(inputs)).values(), 5, Drills.START,
                event -> {
                    if (event instanceof RunEvent.StepStarted s) {
                        started.put(s.step(), s);
                    } else if (event instanceof RunEvent.StepFinished f) {
                        if (f.status() == StepStatus.SUCCEEDED) {
                            SUCCEEDED.computeIfAbsent(name, k -> new TreeSet<>()).add(f.step());
                        }
                        if ("ExpressionError".equals(f.errorCode())) {
                            EXPRESSION_ERRORS.add(name + "/" + f.step() + ": " + f.error());
                        }
                        String action = started.get(f.step()).action();
                        if (action != null && action.startsWith("aws.") && f.result() != null) {
                            RESULTS.computeIfAbsent(action, k -> new ArrayList<>()).add(f.result());
                        }
                    }
                });
    }

    @Test
    void everyUntilExpectAndThatOfEveryPlaybookHoldsAgainstSimulatedResults() {
        assertEquals(List.of(), EXPRESSION_ERRORS);
        for (String name : List.of("database-failover", "app-server-failure", "cache-failure", "regional-failover", "data-corruption",
                "monthly-failover-drill")) {
            List<String> never = new ArrayList<>();
            for (Step step : Drills.playbook(name).allSteps()) {
                boolean hasExpression = step instanceof WaitStep || step instanceof VerifyStep || step instanceof ActionStep a && a.expect() != null;
                if (hasExpression && !SUCCEEDED.getOrDefault(name, new TreeSet<>()).contains(step.id())) {
                    never.add(step.id());
                }
            }
            assertEquals(List.of(), never, name + ": steps whose expressions never held in any drill");
        }
    }

    @Test
    void simulatedResultsHaveTheShapeOfTheSdkResponses() throws Exception {
        assertTrue(RESULTS.size() >= 15, RESULTS.keySet().toString());
        for (Map.Entry<String, List<Object>> entry : RESULTS.entrySet()) {
            String[] parts = entry.getKey().split("\\.");
            Class<?> request = AwsServices.find(parts[1]).orElseThrow().requestType(parts[2]).orElseThrow();
            // The SDK names every response after its request: PromoteReadReplicaRequest -> PromoteReadReplicaResponse.
            Class<?> response = Class.forName(request.getName().replaceFirst("Request$", "Response"));
            SdkPojo model = (SdkPojo) response.getMethod("builder").invoke(null);
            for (Object result : entry.getValue()) {
                List<String> problems = new ArrayList<>();
                conforms(result, model, entry.getKey(), problems);
                assertEquals(List.of(), problems, entry.getKey());
            }
        }
    }

    private static void conforms(Object tree, SdkPojo model, String path, List<String> problems) {
        if (!(tree instanceof Map<?, ?> map)) {
            problems.add(path + " should be a structure");
            return;
        }
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        model.sdkFields().forEach(f -> fields.put(f.memberName(), f));
        map.forEach((key, value) -> {
            SdkField<?> field = fields.get(String.valueOf(key));
            if (field == null) {
                problems.add(path + "." + key + " is no member of " + model.getClass().getEnclosingClass().getSimpleName());
            } else {
                value(value, field, path + "." + key, problems);
            }
        });
    }

    private static void value(Object value, SdkField<?> field, String path, List<String> problems) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            conforms(value, field.constructor().get(), path, problems);
        } else if (type == MarshallingType.LIST) {
            if (!(value instanceof List<?> list)) {
                problems.add(path + " should be a list");
                return;
            }
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), member, path + "[" + i + "]", problems);
            }
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            ((Map<?, ?>) value).forEach((k, v) -> value(v, member, path + "." + k, problems));
        } else {
            Class<?> expected = type == MarshallingType.STRING || type == MarshallingType.INSTANT ? String.class
                    : type == MarshallingType.BOOLEAN ? Boolean.class
                    : type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT ? Double.class : Long.class;
            if (!expected.isInstance(value)) {
                problems.add(path + " should be a " + expected.getSimpleName() + ", is " + value);
            }
        }
    }
}
