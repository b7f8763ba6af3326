package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view shows exactly the steps finished when it was taken, whatever is recorded after. */
class FinishedStepsTest {

    @Test
    void aViewDoesNotSeeStepsThatFinishAfterIt() {
        FinishedSteps steps = new FinishedSteps();
        steps.put("a", Map.of("status", "succeeded"));
        Map<String, Object> before = steps.view();
        steps.put("b", Map.of("status", "failed"));
        assertTrue(before.containsKey("a"));
        assertFalse(before.containsKey("b"));
        assertNull(before.get("b"));
        assertEquals(Map.of("a", Map.of("status", "succeeded")), before);
        assertEquals(Map.of("a", Map.of("status", "succeeded"), "b", Map.of("status", "failed")), steps.view());
    }

    @Test
    void aStepRecordedAgainKeepsItsEarlierRecordForOlderViews() {
        FinishedSteps steps = new FinishedSteps();
        steps.put("flaky", Map.of("status", "failed"));
        Map<String, Object> afterFailure = steps.view();
        steps.put("flaky", Map.of("status", "succeeded"));
        assertEquals(Map.of("status", "failed"), afterFailure.get("flaky"));
        assertEquals(Map.of("status", "succeeded"), steps.view().get("flaky"));
        assertEquals(1, steps.view().size());
    }
}
