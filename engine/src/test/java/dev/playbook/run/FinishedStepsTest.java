package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A view shows exactly the steps finished when it was taken, whatever is recorded after. */
class FinishedStepsTest {

    private static final Instant T = Instant.parse("2026-01-05T02:00:00Z");

    private static StepRecord record(String id, StepStatus status) {
        return new StepRecord(id, status, Map.of("n", 1L), 1, T, T.plusSeconds(90), null, null);
    }

    @Test
    void aViewDoesNotSeeStepsThatFinishAfterIt() {
        FinishedSteps steps = new FinishedSteps();
        steps.put(record("a", StepStatus.SUCCEEDED));
        Map<String, Object> before = steps.view();
        steps.put(record("b", StepStatus.FAILED));
        assertTrue(before.containsKey("a"));
        assertFalse(before.containsKey("b"));
        assertNull(before.get("b"));
        assertEquals(Set.of("a"), before.keySet());
        assertEquals(Set.of("a", "b"), steps.view().keySet());
    }

    @Test
    void aStepReadsAsItsScopeMap() {
        FinishedSteps steps = new FinishedSteps();
        StepRecord a = record("a", StepStatus.SUCCEEDED);
        steps.put(a);
        assertEquals(a.toScope(), steps.view().get("a"));
        assertEquals(Map.of("a", a.toScope()), steps.view());
    }

    @Test
    void aStepRecordedAgainKeepsItsEarlierRecordForOlderViews() {
        FinishedSteps steps = new FinishedSteps();
        steps.put(record("flaky", StepStatus.FAILED));
        Map<String, Object> afterFailure = steps.view();
        steps.put(record("flaky", StepStatus.SUCCEEDED));
        assertEquals("failed", ((Map<?, ?>) afterFailure.get("flaky")).get("status"));
        assertEquals("succeeded", ((Map<?, ?>) steps.view().get("flaky")).get("status"));
        assertEquals(1, steps.view().size());
    }
}
