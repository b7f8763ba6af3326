package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.sim.drill.DrillResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed runbook's monthly drill criteria, each broken on its own: the verdict fails naming
 * exactly that criterion (and what follows from it), never PASSes.
 */
class MonthlyDrillCriteriaTest {

    private static final String PLAYBOOK = "monthly-failover-drill";
    private static final String SCENARIO = "monthly-drill";

    @Test
    void theDrillAsWrittenMeetsEveryCriterion() {
        DrillResult drill = Drills.drill(Drills.playbook(PLAYBOOK), Drills.scenario(SCENARIO), 1);
        assertEquals(List.of(), Drills.failed(drill));
        assertTrue(drill.verdict().results().size() >= 12, drill.verdict().results().toString());
    }

    @Test
    void aFailoverThatTakesLongerThan60MinutesFails() {
        DrillResult drill = Drills.drill(Drills.playbook(PLAYBOOK), Drills.scenarioVariant(SCENARIO,
                text -> text + "response_times:\n  approve_launch: 50m\n"), 1);
        assertEquals(List.of("Failover completes within 60 minutes"), Drills.failed(drill));
    }

    @Test
    void aFailingSmokeTestFailsEvenWhenThePlaybookToleratesIt() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replace("users_url: \"https://${vars.record_name}/api/users/1\"", "users_url: \"https://${vars.record_name}/users/1\"")
                .replace("            title: Error rate < 0.5% on the secondary since the move\n        on_failure: rollback",
                        "            title: Error rate < 0.5% on the secondary since the move\n        on_failure: continue")),
                Drills.scenario(SCENARIO), 1);
        assertEquals(List.of("All smoke tests pass"), Drills.failed(drill));
    }

    @Test
    void smokeTestsAnsweredByThePrimaryRegionFail() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replace("until: \"result.status == 200 && result.body.region == inputs.dr_region\"", "until: \"result.status == 200\"")
                .replace("      - id: metrics_settle\n", "      - id: metrics_settle\n        when: \"false\"\n")
                .replace("            title: Error rate < 0.5% on the secondary since the move\n        on_failure: rollback",
                        "            title: Error rate < 0.5% on the secondary since the move\n        on_failure: continue")),
                Drills.scenario(SCENARIO), 1);
        assertEquals(List.of("All smoke tests pass"), Drills.failed(drill));
        assertTrue(drill.verdict().result("All smoke tests pass").orElseThrow().detail().contains("success_criteria"));
    }

    @Test
    void movingDnsBeforeTheSecondaryIsHealthyPutsTheTransitionErrorRateOverTheCeiling() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replaceAll("(?s)      - id: instances_healthy\\n.*?(?=      # 3. Update DNS to secondary)", "")),
                Drills.scenarioVariant(SCENARIO, text -> text + "durations:\n  asg-launch: 10m\n"), 1);
        assertEquals(List.of("Error rate < 0.5% during transition"), Drills.failed(drill));
    }

    @Test
    void aDrillWithoutItsRevertFailsOnTheRevertAndOnWhereProductionEnds() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replaceAll("(?s)  - id: revert\\n.*?(?=  - id: post_drill)", "")), Drills.scenario(SCENARIO), 1);
        assertEquals(List.of("Reverted to the primary", "Production answers from the primary region at the end"), Drills.failed(drill));
        assertEquals("not measured", drill.verdict().result("Reverted to the primary").orElseThrow().reading());
    }

    @Test
    void aRevertThatLeavesProductionOnTheSecondaryFails() {
        DrillResult drill = Drills.drill(Drills.variant(PLAYBOOK, text -> text
                .replace("                    HostedZoneId: \"${inputs.primary_alb_zone_id}\"\n                    DNSName: \"${inputs.primary_alb_dns}\"",
                        "                    HostedZoneId: \"${vars.dr_alb_zone_id}\"\n                    DNSName: \"${vars.dr_alb_dns}\"")
                .replace("until: \"result.status == 200 && result.body.region == inputs.primary_region\"\n          every: 15s\n          max_every: 1m",
                        "until: \"result.status == 200\"\n          every: 15s\n          max_every: 1m")),
                Drills.scenario(SCENARIO), 1);
        assertTrue(Drills.failed(drill).contains("Production answers from the primary region at the end"), Drills.failed(drill).toString());
    }

    @Test
    void aDrillLongerThanFourHoursFails() {
        DrillResult drill = Drills.drill(Drills.playbook(PLAYBOOK), Drills.scenarioVariant(SCENARIO,
                text -> text + "response_times:\n  document_issues: 3h30m\n"), 1);
        assertEquals(List.of("RTO < 4 hours verified (the whole drill)"), Drills.failed(drill));
    }
}
