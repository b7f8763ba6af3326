package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Runs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The executor's semantics, on a virtual clock with scripted actions. */
class ExecutorTest {

    private static String playbook(String steps) {
        return """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: t}
                inputs:
                  n: {type: integer, default: 3}
                  password: {type: string, default: hunter2-secret, secret: true}
                phases:
                  - id: main
                    budget: 1h
                    steps:
                """ + steps.indent(6);
    }

    @Test
    void retriesFollowTheBackoffSequenceExactly() {
        Runs runs = new Runs().run(playbook("""
                - id: flaky
                  action: test.flaky
                  with: {fail_times: 3}
                  retry: {attempts: 4, delay: 10s, backoff: 2.0, max_delay: 30s, jitter: false}
                """));
        assertEquals(RunStatus.SUCCEEDED, runs.result.status());
        List<RunEvent.AttemptFinished> failed = runs.events(RunEvent.AttemptFinished.class).stream().filter(a -> !a.ok()).toList();
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30)),
                failed.stream().map(RunEvent.AttemptFinished::retryIn).toList());
        List<Long> attemptSeconds = runs.events(RunEvent.AttemptStarted.class).stream()
                .map(a -> Duration.between(Runs.T0, a.at()).toSeconds()).toList();
        assertEquals(List.of(0L, 10L, 30L, 60L), attemptSeconds);
        assertEquals(4, runs.result.steps().get(0).attempts());
    }

    @Test
    void jitterIsReproducibleForTheSameSeed() {
        String yaml = playbook("""
                - id: flaky
                  action: test.flaky
                  with: {fail_times: 2}
                  retry: {attempts: 3, delay: 10s, backoff: 2.0, jitter: true}
                """);
        List<Duration> first = new Runs().run(yaml).events(RunEvent.AttemptFinished.class).stream()
                .filter(a -> !a.ok()).map(RunEvent.AttemptFinished::retryIn).toList();
        List<Duration> second = new Runs().run(yaml).events(RunEvent.AttemptFinished.class).stream()
                .filter(a -> !a.ok()).map(RunEvent.AttemptFinished::retryIn).toList();
        assertEquals(first, second);
        assertTrue(first.get(0).compareTo(Duration.ofSeconds(5)) >= 0 && first.get(0).compareTo(Duration.ofSeconds(10)) <= 0, first.toString());
    }

    @Test
    void retryIfStopsRetryingErrorsItDoesNotName() {
        Runs runs = new Runs().run(playbook("""
                - id: flaky
                  action: test.flaky
                  with: {fail_times: 5, code: AccessDenied}
                  retry: {attempts: 5, delay: 1s, retry_if: "error.code == 'Throttling'"}
                """));
        assertEquals(RunStatus.FAILED, runs.result.status());
        assertEquals(1, runs.events(RunEvent.AttemptStarted.class).size());
        assertEquals("AccessDenied", runs.result.steps().get(0).errorCode());
    }

    @Test
    void aWaitThatTimesOutShowsTheLastObservedValue() {
        Runs runs = new Runs().run(playbook("""
                - id: poll
                  wait:
                    action: test.count
                    with: {key: k}
                    until: result.count >= 100
                    every: 10s
                    max_every: 30s
                    timeout: 2m
                """));
        assertEquals(RunStatus.FAILED, runs.result.status());
        StepRecord poll = runs.result.steps().get(0);
        assertEquals("WaitTimeout", poll.errorCode());
        List<Long> pollSeconds = runs.events(RunEvent.Polled.class).stream().map(p -> p.elapsed().toSeconds()).toList();
        assertEquals(List.of(0L, 10L, 25L, 47L, 77L, 107L, 120L), pollSeconds, "every 10s, growing 1.5x, capped at 30s, never past the timeout");
        assertTrue(poll.errorMessage().contains("gave up after 2m and 7 polls: `result.count >= 100` never held; last observed: result.count = 7"),
                poll.errorMessage());
    }

    @Test
    void aWaitSucceedsWithTheLastPollAsResult() {
        Runs runs = new Runs().run(playbook("""
                - id: poll
                  wait: {action: test.count, with: {key: k}, until: result.count == 3, every: 1m, timeout: 10m}
                - id: after
                  verify:
                    - that: steps.poll.result.count == 3
                """));
        assertEquals(RunStatus.SUCCEEDED, runs.result.status());
        assertEquals(3, runs.result.steps().get(0).attempts());
    }

    @Test
    void parallelBranchesRunConcurrentlyOnTheVirtualClock() {
        Runs runs = new Runs().run(playbook("""
                - id: both
                  parallel:
                    - id: left
                      action: test.sleep
                      with: {duration: 10m}
                    - id: right
                      action: test.sleep
                      with: {duration: 10m}
                - id: after
                  verify:
                    - that: steps.left.status == 'succeeded' && steps.right.result.slept == '10m'
                """));
        assertEquals(RunStatus.SUCCEEDED, runs.result.status());
        assertEquals(Duration.ofMinutes(10), runs.result.elapsed());
    }

    @Test
    void aFailingBranchFailsTheParallelStepAfterTheOthersEnd() {
        Runs runs = new Runs().run(playbook("""
                - parallel:
                    - id: slow
                      action: test.sleep
                      with: {duration: 5m}
                    - id: broken
                      action: test.flaky
                      with: {fail_times: 9}
                """));
        assertEquals(RunStatus.FAILED, runs.result.status());
        StepRecord parallel = runs.result.steps().stream().filter(s -> s.id().equals("main_parallel_1")).findFirst().orElseThrow();
        assertEquals("BranchFailed", parallel.errorCode());
        assertEquals(Duration.ofMinutes(5), parallel.duration());
    }

    @Test
    void anAttemptPastItsTimeoutIsCancelledNotLeftRunning() {
        Runs runs = new Runs().run(playbook("""
                - id: stuck
                  action: test.sleep
                  with: {duration: 1h}
                  timeout: 1m
                """));
        assertEquals(RunStatus.FAILED, runs.result.status());
        assertEquals("Timeout", runs.result.steps().get(0).errorCode());
        assertEquals(List.of("stuck"), runs.actions.interrupted);
        assertEquals(Duration.ofMinutes(1), runs.result.elapsed());
    }

    @Test
    void rollbackStepsRunInOrderAfterAFailureAndTheRunEndsRolledBack() {
        String yaml = playbook("""
                - id: change
                  action: test.flaky
                  with: {fail_times: 1}
                  on_failure: rollback
                - id: never
                  action: test.echo
                """) + """
                rollback:
                  - id: undo_first
                    action: test.echo
                    with: {order: 1}
                  - id: undo_second
                    action: test.echo
                    with: {order: 2}
                """;
        Runs runs = new Runs().run(yaml);
        assertEquals(RunStatus.ROLLED_BACK, runs.result.status());
        assertEquals("change", runs.result.failedStep());
        assertEquals(List.of("change", "undo_first", "undo_second"), runs.result.steps().stream().map(StepRecord::id).toList());
        assertEquals(List.of(1L, 2L), runs.actions.calls.stream().filter(c -> c.action().equals("test.echo"))
                .map(c -> c.params().get("order")).toList());
    }

    @Test
    void aFalseWhenSkipsTheStepAndRecordsWhy() {
        Runs runs = new Runs().run(playbook("""
                - id: maybe
                  when: inputs.n > 5
                  action: test.echo
                - id: after
                  verify:
                    - that: steps.maybe.status == 'skipped'
                """));
        assertEquals(RunStatus.SUCCEEDED, runs.result.status());
        StepRecord maybe = runs.result.steps().get(0);
        assertEquals(StepStatus.SKIPPED, maybe.status());
        assertEquals("condition `inputs.n > 5` is false", maybe.errorMessage());
        assertTrue(runs.actions.calls.isEmpty());
    }

    @Test
    void aFailedExpectFailsTheStepAndExplainsWhatItSaw() {
        Runs runs = new Runs().run(playbook("""
                - id: check
                  action: test.echo
                  with: {status: 503}
                  expect: result.status == 200
                """));
        assertEquals(RunStatus.FAILED, runs.result.status());
        assertEquals("expect `result.status == 200` does not hold: result.status = 503", runs.result.steps().get(0).errorMessage());
    }

    @Test
    void onFailureContinueGoesOn() {
        Runs runs = new Runs().run(playbook("""
                - id: optional
                  action: test.flaky
                  with: {fail_times: 1}
                  on_failure: continue
                - id: next
                  action: test.echo
                """));
        assertEquals(RunStatus.SUCCEEDED, runs.result.status());
        assertEquals(List.of(StepStatus.FAILED, StepStatus.SUCCEEDED), runs.result.steps().stream().map(StepRecord::status).toList());
    }

    @Test
    void manualStepsFailClosedWithoutATerminal() {
        Runs runs = new Runs().run(playbook("""
                - id: declare
                  manual: Declare the disaster.
                """));
        assertEquals(RunStatus.FAILED, runs.result.status());
        assertTrue(runs.result.steps().get(0).errorMessage().contains("--approve declare"), runs.result.steps().get(0).errorMessage());
    }

    @Test
    void manualStepsNamedWithApproveAreRecordedWithWhoApproved() {
        Runs runs = new Runs().run(playbook("""
                - id: declare
                  manual: Declare the disaster in ${inputs.n} regions.
                """), Map.of(), Approver.of(false, Set.of("declare"), null), null);
        assertEquals(RunStatus.SUCCEEDED, runs.result.status());
        RunEvent.Approval approval = runs.events(RunEvent.Approval.class).get(0);
        assertTrue(approval.approved());
        assertEquals("Declare the disaster in 3 regions.", approval.instructions());
    }

    @Test
    void anOperatorAbortEndsTheRunAsAborted() {
        Runs runs = new Runs().run(playbook("""
                - id: declare
                  manual: Declare.
                - id: never
                  action: test.echo
                """), Map.of(), (step, text) -> Approver.Decision.abortedBy("alice", "no"), null);
        assertEquals(RunStatus.ABORTED, runs.result.status());
        assertTrue(runs.actions.calls.isEmpty());
    }

    @Test
    void aSoleTemplateKeepsItsTypeInParameters() {
        Runs runs = new Runs().run(playbook("""
                - id: echo
                  action: test.echo
                  with: {count: "${inputs.n}", text: "n=${inputs.n}", list: ["${inputs.n * 2}"]}
                """));
        Map<String, Object> params = runs.actions.calls.get(0).params();
        assertEquals(3L, params.get("count"));
        assertEquals("n=3", params.get("text"));
        assertEquals(List.of(6L), params.get("list"));
    }

    @Test
    void aPhaseOverItsBudgetIsReportedWhenItHappens() {
        Runs runs = new Runs().run(playbook("""
                - id: long
                  action: test.sleep
                  with: {duration: 61m}
                - id: next
                  action: test.echo
                """));
        RunEvent.BudgetExceeded over = runs.events(RunEvent.BudgetExceeded.class).get(0);
        assertEquals("main", over.phase());
        assertEquals(61, runs.minutesAt(over));
    }

    @Test
    void passingTheRtoIsReportedWhenItHappens() {
        String yaml = playbook("""
                - id: long
                  action: test.sleep
                  with: {duration: 3h}
                """).replace("metadata: {name: t}", "metadata: {name: t}\nobjectives: {rto: 2h}");
        Runs runs = new Runs().run(yaml);
        RunEvent.RtoExceeded over = runs.events(RunEvent.RtoExceeded.class).get(0);
        assertEquals(Duration.ofHours(2), over.rto());
        assertEquals(180, runs.minutesAt(over));
    }

    @Test
    void startAtSkipsTheStepsBeforeIt() {
        Runs runs = new Runs().run(playbook("""
                - id: first
                  action: test.echo
                - id: second
                  action: test.echo
                """), Map.of(), Approver.of(false, Set.of(), null), "second");
        assertEquals(List.of(StepStatus.SKIPPED, StepStatus.SUCCEEDED), runs.result.steps().stream().map(StepRecord::status).toList());
        assertEquals(1, runs.actions.calls.size());
    }

    @Test
    void secretInputsNeverReachEvents() {
        Runs runs = new Runs().run(playbook("""
                - id: echo
                  action: test.echo
                  with: {auth: "Bearer ${inputs.password}"}
                  expect: result.auth == 'nope'
                """));
        Redactor redactor = Redactor.forInputs(Runs.load(playbook("- id: x\n  action: log\n")), Map.of("password", "hunter2-secret"));
        String journal = String.join("\n", runs.events.stream().map(e -> EventJson.line(e)).toList());
        assertFalse(journal.contains("hunter2-secret"), journal);
        assertTrue(journal.contains("Bearer ***"), journal);
        assertEquals("x *** y", redactor.redact("x hunter2-secret y"));
    }
}
