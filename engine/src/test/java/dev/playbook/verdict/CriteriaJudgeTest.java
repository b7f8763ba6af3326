package dev.playbook.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Criterion;
import dev.playbook.model.Playbook;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunStatus;
import dev.playbook.run.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict's lines from a run's events and its evidence: measured, or not measured and failing. */
class CriteriaJudgeTest {

    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: judged}
            objectives: {rto: 1h, rpo: 5m}
            criteria:
              - {title: Failover within 60 minutes, within: 60m, phase: failover}
              - {title: Smoke tests pass, succeeded: [smoke]}
              - {title: Error rate < 0.5% during transition, error_rate: 0.5%, from: move}
              - {title: Quiet after the smoke tests, error_rate: 1%, from: smoke, may_be_absent: true}
              - title: Production on the primary
                end_state: {action: log, with: {message: look}, until: "true", every: 10s}
              - {title: Whole run within 4h, within: 4h}
            phases:
              - id: failover
                steps:
                  - {id: move, action: log, with: {message: moving}}
                  - {id: smoke, action: log, with: {message: smoke}}
            """;

    /** A world with no request history, no data lineage and no way to look at the end state: nothing can be measured. */
    private static final Evidence NOTHING = new Evidence() {
        @Override
        public Measure<Double> errorShare(Instant from, Instant to) {
            return Measure.absent("no datapoints");
        }

        @Override
        public Measure<Duration> dataLoss() {
            return Measure.absent("no datapoints");
        }

        @Override
        public Measure<Duration> recovery(Instant start, Instant runEnd) {
            return Measure.absent("no datapoints");
        }

        @Override
        public Measure<Boolean> endState(Criterion.EndState criterion) {
            return Measure.absent("no datapoints");
        }
    };

    private static Playbook playbook() {
        LoadResult loaded = PlaybookLoader.load("judged.yaml", PLAYBOOK);
        assertTrue(loaded.ok(), loaded.diagnostics().toString());
        return loaded.playbook();
    }

    /** failover from T+0 to T+47m12s: move, then smoke (skipped when {@code smokeSkipped}). */
    private static List<RunEvent> run(boolean smokeSkipped) {
        Instant end = T0.plus(Duration.parse("PT47M12S"));
        return List.of(
                new RunEvent.RunStarted(T0, "r", "judged", "judged.yaml", Map.of(), Duration.ofHours(1), null, true, null, "alice", "ops", null),
                new RunEvent.PhaseStarted(T0, "failover", null, null),
                new RunEvent.StepStarted(T0, "move", "failover", "action", null, "log"),
                new RunEvent.StepFinished(T0.plusSeconds(60), "move", StepStatus.SUCCEEDED, 1, Duration.ofSeconds(60), null, null, null),
                new RunEvent.StepStarted(T0.plusSeconds(60), "smoke", "failover", "action", null, "log"),
                new RunEvent.StepFinished(end, "smoke", smokeSkipped ? StepStatus.SKIPPED : StepStatus.SUCCEEDED, 1,
                        Duration.ZERO, null, null, null),
                new RunEvent.PhaseFinished(end, "failover", Duration.between(T0, end), null, true),
                new RunEvent.RunFinished(end, RunStatus.SUCCEEDED, Duration.between(T0, end), Duration.ofHours(1), null, null));
    }

    @Test
    void withEmptyMetricsEveryCriterionThatNeedsThemIsNotMeasuredAndFails() {
        Verdict verdict = Verdict.of(CriteriaJudge.judge(playbook(), run(false), NOTHING));
        assertFalse(verdict.passed());
        assertEquals(List.of(
                "playbook completed: succeeded ✓",
                "recovered within RTO: not restored ✗",
                "data loss within RPO: not measured ✗",
                "Failover within 60 minutes: 47m12s ≤ 1h ✓",
                "Smoke tests pass: 1 of 1 succeeded ✓",
                "Error rate < 0.5% during transition: not measured ✗",
                "Quiet after the smoke tests: not measured ✓",
                "Production on the primary: not measured ✗",
                "Whole run within 4h: 47m12s ≤ 4h ✓"),
                verdict.results().stream().map(r -> r.name() + ": " + r.reading() + (r.passed() ? " ✓" : " ✗")).toList());
        assertEquals("no datapoints (allowed: may_be_absent)", verdict.result("Quiet after the smoke tests").orElseThrow().detail());
    }

    @Test
    void aSkippedStepIsNotMeasuredAndFailsTheStepsAndWindowsThatNameIt() {
        Verdict verdict = Verdict.of(CriteriaJudge.judge(playbook(), run(true), NOTHING));
        CriterionResult smoke = verdict.result("Smoke tests pass").orElseThrow();
        assertFalse(smoke.passed());
        assertEquals("smoke was skipped", smoke.detail());
        assertEquals("step smoke was skipped (allowed: may_be_absent)", verdict.result("Quiet after the smoke tests").orElseThrow().detail());
    }

    @Test
    void measuredEvidenceIsComparedWithTheLimit() {
        Evidence measured = new Evidence() {
            @Override
            public Measure<Double> errorShare(Instant from, Instant to) {
                return Measure.of(from.equals(T0) ? 0.0031 : 0.002, "");
            }

            @Override
            public Measure<Duration> dataLoss() {
                return Measure.of(Duration.parse("PT3M10S"), "replica lag at promotion");
            }

            @Override
            public Measure<Duration> recovery(Instant start, Instant runEnd) {
                return Measure.of(Duration.ofMinutes(61), "restored at T+01:01:00");
            }

            @Override
            public Measure<Boolean> endState(Criterion.EndState criterion) {
                return Measure.of(true, "held");
            }
        };
        Verdict verdict = Verdict.of(CriteriaJudge.judge(playbook(), run(false), measured));
        assertEquals(List.of("recovered within RTO"), verdict.failures().stream().map(CriterionResult::name).toList());
        assertEquals("0.31% < 0.50%", verdict.result("Error rate < 0.5% during transition").orElseThrow().reading());
        assertEquals("3m10s ≤ 5m", verdict.result("data loss within RPO").orElseThrow().reading());
    }
}
