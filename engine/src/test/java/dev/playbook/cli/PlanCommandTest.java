package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import dev.playbook.testing.Golden;
import org.junit.jupiter.api.Test;

class PlanCommandTest {

    private static final String EVERY_KIND = "src/test/resources/fixtures/valid/every-kind.yaml";

    @Test
    void planShowsPhasesBudgetsAndResolvedParameters() {
        CliRun run = CliRun.of("plan", EVERY_KIND, "-i", "capacity=7", "-i", "token=s3cr3t-value");
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("plan-every-kind.out", run.out());
    }

    @Test
    void secretInputsNeverAppear() {
        CliRun run = CliRun.of("plan", EVERY_KIND, "-i", "token=s3cr3t-value");
        assertFalse(run.out().contains("s3cr3t-value"), run.out());
        assertTrue(run.out().contains("token = <secret>"), run.out());
    }

    @Test
    void regionalFailoverPlanListsEveryPhase() {
        CliRun run = CliRun.of("plan", "../playbooks/regional-failover.yaml");
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("plan-regional-failover.out", run.out());
    }

    @Test
    void unknownInputIsAUsageErrorWithSuggestion() {
        CliRun run = CliRun.of("plan", EVERY_KIND, "-i", "capacty=7");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown input `capacty`; did you mean `capacity`?"), run.err());
    }

    @Test
    void inputOfTheWrongTypeOrOutOfRangeIsAUsageError() {
        assertTrue(CliRun.of("plan", EVERY_KIND, "-i", "capacity=many").err().contains("input `capacity`: expected an integer"));
        assertTrue(CliRun.of("plan", EVERY_KIND, "-i", "capacity=50").err().contains("more than the maximum 20"));
        assertTrue(CliRun.of("plan", EVERY_KIND, "-i", "region=mars").err().contains("is not one of"));
    }

    @Test
    void invalidPlaybookIsRefusedWithDiagnostics() {
        CliRun run = CliRun.of("plan", "src/test/resources/fixtures/invalid/five-mistakes.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("5 errors; nothing was run"), run.err());
    }
}
