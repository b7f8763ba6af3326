package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.sim.drill.DrillResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regional failover's criteria, each broken on its own, and the return to primary: it passes
 * only once the primary region has recovered in the scenario.
 */
class RegionalFailoverCriteriaTest {

    private static final String PLAYBOOK = "regional-failover";

    @Test
    void returningToThePrimaryPassesOnceThePrimaryRegionHasRecovered() {
        DrillResult drill = Drills.drill(Drills.playbook(PLAYBOOK), Drills.scenario("regional-return"), 1);
        assertEquals(List.of(), Drills.failed(drill));
        assertTrue(drill.verdict().result("portal answers").orElseThrow().detail().contains("via basecoat-alb (us-east-1)"));
    }

    @Test
    void returningToAPrimaryThatNeverRecoversFailsInsteadOfFlippingDnsBack() {
        DrillResult drill = Drills.drill(Drills.playbook(PLAYBOOK), Drills.scenario("region-outage"), 1, "return_to_primary=true");
        assertEquals(List.of("playbook completed", "Production answers from the region it should end on"), Drills.failed(drill));
        assertEquals("primary_region_answers", drill.run().failedStep());
        assertTrue(drill.verdict().result("portal answers").orElseThrow().detail().contains("via basecoat-alb-dr (us-west-2)"),
                "DNS was not flipped back to the dead region");
    }

    @Test
    void aBlindApprovalOfPrimaryRecoveredStillFailsWhereProductionEnds() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK,
                text -> text.replaceAll("(?s)      # A person's word is not enough.*?(?=      - id: status_recovering)", "")),
                Drills.scenario("region-outage"), 1, "return_to_primary=true");
        assertTrue(Drills.failed(drill).contains("Production answers from the region it should end on"), Drills.failed(drill).toString());
    }

    @Test
    void aFailoverCompletedAfterTPlus120Fails() {
        DrillResult drill = Drills.drill(Drills.playbook(PLAYBOOK), Drills.scenarioVariant("region-outage",
                text -> text + "response_times:\n  approve_promote: 2h\n"), 1);
        assertEquals(List.of("Failover complete by T+120 (communication timeline)"), Drills.failed(drill));
    }

    @Test
    void aFailingSmokeTestFailsEvenWhenThePlaybookToleratesIt() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replace("users_url: \"${inputs.portal_url}/api/users\"", "users_url: \"${inputs.portal_url}/users\"")
                .replace("            title: no target 5XX in the last 5 minutes\n", "            title: no target 5XX in the last 5 minutes\n        on_failure: continue\n")),
                Drills.scenario("region-outage"), 1);
        assertEquals(List.of("Failover verified (smoke tests pass)"), Drills.failed(drill));
    }

    @Test
    void stabilizationTargetsThatAreMissedFailEvenWhenThePlaybookToleratesIt() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replace("Datapoints[0].Average > 80\"\n            title: Cache hit rate > 80%\n",
                        "Datapoints[0].Average > 99\"\n            title: Cache hit rate > 99%\n        on_failure: continue\n")),
                Drills.scenario("region-outage"), 1);
        assertEquals(List.of("Stabilization targets met"), Drills.failed(drill));
    }
}
