package dev.playbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.load.InputBinder;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.EventJson;
import dev.playbook.run.Executor;
import dev.playbook.run.Provenance;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunOptions;
import dev.playbook.run.VirtualClock;
import dev.playbook.testing.Golden;
import dev.playbook.testing.Runs;
import dev.playbook.testing.ScriptedActions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incident report of a run read back from its journal, in each format. */
class RunReportTest {

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: failover}
            objectives: {rto: 10m, rpo: 5m}
            inputs:
              pin: {type: string, secret: true}
            phases:
              - id: assess
                title: Is it down?
                budget: 1m
                steps:
                  - id: page
                    action: log
                    with: {message: "paging on-call with pin ${inputs.pin}"}
                  - id: flaky_probe
                    action: test.flaky
                    with: {fail_times: 2}
                    retry: {attempts: 3, delay: 10s, jitter: false}
                  - id: replica_ready
                    wait:
                      action: test.count
                      with: {key: replica}
                      until: "result.count >= 3"
                      every: 20s
                      timeout: 5m
              - id: failover
                budget: 5m
                steps:
                  - id: approve_promote
                    manual: "Promote the replica (pin ${inputs.pin})."
                  - id: promote
                    action: test.sleep
                    with: {duration: 2m}
                  - id: verified
                    verify:
                      - that: "steps.promote.status == 'succeeded'"
            """;

    private static RunReport report() {
        Playbook playbook = Runs.load(PLAYBOOK);
        InputBinder.Bound bound = InputBinder.bind(playbook, Map.of("pin", "s3cret-pin"));
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Executor executor = new Executor(playbook, new ActionRegistry(List.of(new ScriptedActions(), new BuiltinProvider())),
                new VirtualClock(Runs.T0), event -> {
                    try {
                        events.add(json.readTree(EventJson.line(event)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, (step, instructions) -> Approver.Decision.approvedBy("alice", "--approve " + step.id()),
                new RunOptions("20260105-020000-beef", null, null, 7L, false, Map.of(), null, new Provenance("alice", "ops-laptop", "sha256:test"), null),
                Redactor.forInputs(playbook, bound.values()));
        executor.run(bound.values());
        return RunReport.of(events);
    }

    @Test
    void markdownHasTheTimelinePhasesStepsApprovalsAndAMermaidGantt() {
        Golden.assertMatches("report/failover.md", ReportFormat.md.render(report()));
    }

    @Test
    void jsonHasTheSameFacts() {
        Golden.assertMatches("report/failover.json", ReportFormat.json.render(report()));
    }

    @Test
    void htmlIsOneFileWithAnInlineSvgGanttAndNothingToFetch() {
        String html = ReportFormat.html.render(report());
        assertTrue(html.contains("<svg id=\"gantt\""), html);
        assertTrue(html.contains("default-src 'none'"), html);
        assertEquals(List.of(), html.lines().filter(l -> l.matches(".*(src=|href=|url\\(|@import).*")).toList());
        assertTrue(html.contains("<line class=\"rto\""), html);
        assertTrue(html.contains("class=\"bar succeeded\""), html);
    }

    @Test
    void offsetsBudgetsRetriesPollsAndApprovalsComeFromTheEvents() {
        RunReport report = report();
        assertEquals("succeeded", report.status());
        assertEquals("met: 3m20s of 10m", report.rtoVerdict());
        RunReport.StepRow probe = report.steps().stream().filter(s -> s.id().equals("flaky_probe")).findFirst().orElseThrow();
        assertEquals(3, probe.attempts());
        assertEquals(2, probe.retries());
        RunReport.StepRow wait = report.steps().stream().filter(s -> s.id().equals("replica_ready")).findFirst().orElseThrow();
        assertEquals(3, wait.polls());
        assertTrue(report.phases().get(0).overBudget(), report.phases().toString());
        assertEquals(List.of(new RunReport.Approval("approve_promote", java.time.Duration.ofSeconds(80), true, "alice", "--approve approve_promote")),
                report.approvals().stream().map(a -> new RunReport.Approval(a.step(), a.at(), a.approved(), a.who(), a.how())).toList());
        assertTrue(ReportFormat.md.render(report).contains("pin ***"));
    }
}
