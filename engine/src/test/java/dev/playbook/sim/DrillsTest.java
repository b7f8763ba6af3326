package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.sim.drill.DrillResult;
import dev.playbook.verdict.CriterionResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every playbook passes its drill within its RTO, and for every scenario a deliberately broken
 * variant fails because the world is not healthy at the end.
 */
class DrillsTest {

    static Stream<Arguments> playbooksAndTheirScenarios() {
        return Stream.of(Arguments.of("database-failover", "database-failure"), Arguments.of("database-failover", "database-hang"),
                Arguments.of("app-server-failure", "app-server-failure"), Arguments.of("cache-failure", "cache-node-loss"),
                Arguments.of("regional-failover", "region-outage"), Arguments.of("data-corruption", "data-corruption"),
                Arguments.of("monthly-failover-drill", "monthly-drill"));
    }

    @ParameterizedTest(name = "{0} passes its drill in scenario {1}")
    @MethodSource("playbooksAndTheirScenarios")
    void everyPlaybookPassesItsDrillAndRecoversWithinItsRto(String playbook, String scenario) {
        for (long seed = 1; seed <= 3; seed++) {
            DrillResult drill = Drills.drill(Drills.playbook(playbook), Drills.scenario(scenario), seed);
            assertTrue(drill.verdict().passed(), "seed " + seed + ": " + drill.verdict().failures());
            assertTrue(drill.recovery().compareTo(drill.rto()) <= 0);
        }
    }

    @Test
    void theSameSeedReplaysTheSameDrill() {
        DrillResult first = Drills.drill(Drills.playbook("regional-failover"), Drills.scenario("region-outage"), 42);
        DrillResult second = Drills.drill(Drills.playbook("regional-failover"), Drills.scenario("region-outage"), 42);
        DrillResult other = Drills.drill(Drills.playbook("regional-failover"), Drills.scenario("region-outage"), 43);
        assertEquals(first.timeline(), second.timeline());
        assertEquals(first.run().elapsed(), second.run().elapsed());
        assertFalse(first.run().elapsed().equals(other.run().elapsed()), "another seed draws other durations");
    }

    @Test
    void regionalFailoverWithoutItsDnsStepLeavesThePortalPointingAtTheDeadRegion() {
        DrillResult drill = Drills.drill(Drills.variant("regional-failover",
                text -> text.replaceAll("(?s)      - id: approve_dns\\n.*?(?=      # Step 5)", "")), Drills.scenario("region-outage"), 1);
        assertWorldUnhealthy(drill, "portal answers", "leads to basecoat-alb in us-east-1, which is down");
    }

    @Test
    void databaseFailoverThatTakesAvailableForPromotedLeavesTheApplicationOnAReadOnlyReplica() {
        DrillResult drill = Drills.drill(Drills.variant("database-failover", text -> text.replace(
                "until: \"result.DBInstances[0].DBInstanceStatus == 'available' && (result.DBInstances[0].ReadReplicaSourceDBInstanceIdentifier ?? '') == ''\"",
                "until: \"result.DBInstances[0].DBInstanceStatus == 'available'\"")), Drills.scenario("database-failure"), 1);
        assertWorldUnhealthy(drill, "database writable", "is still a read replica of basecoat-portal-db (promotion under way");
    }

    @Test
    void cacheFailureThatDoesNotWaitForTheFailoverLeavesTheApplicationWithoutItsCache() {
        DrillResult drill = Drills.drill(Drills.variant("cache-failure", text -> text.replace(
                "until: \"result.ReplicationGroups[0].Status == 'available' && result.ReplicationGroups[0].NodeGroups[0].Status == 'available'\"",
                "until: \"size(result.ReplicationGroups) > 0\"")), Drills.scenario("cache-node-loss"), 1);
        assertWorldUnhealthy(drill, "error rate at the end", "cache basecoat-portal-cache not serving");
    }

    @Test
    void appServerPlaybookThatDoesNotVerifyTheNewInstancesFailsItsCriterion() {
        DrillResult drill = Drills.drill(Drills.variant("app-server-failure",
                text -> text.replaceAll("(?s)      - id: replacements_healthy\\n.*?(?=      # \"Investigate root cause\")", "")),
                Drills.scenario("app-server-failure"), 1);
        assertEquals(List.of("Verify new instance health (replacements InService and healthy)"), Drills.failed(drill));
        assertEquals("not measured", drill.verdict().failures().get(0).reading(), "the world may have healed anyway; the playbook did not look");
    }

    @Test
    void dataCorruptionRestoredToAPointAfterTheDamageBringsTheDamageBack() {
        DrillResult drill = Drills.drill(Drills.variant("data-corruption", text -> text.replace("time:ago('45m')", "time:ago('10m')")),
                Drills.scenario("data-corruption"), 1);
        assertWorldUnhealthy(drill, "error rate at the end", "corrupted data in basecoat-portal-db");
    }

    @Test
    void monthlyDrillThatRevertsWithoutMovingDnsBackLeavesUsersOnAnEmptyGroup() {
        DrillResult drill = Drills.drill(Drills.variant("monthly-failover-drill",
                text -> text.replaceAll("(?s)      - id: dns_to_primary\\n.*?(?=      # Runbook Scenario 4)", "")), Drills.scenario("monthly-drill"), 1);
        assertTrue(drill.verdict().results().get(0).passed(), "the broken playbook itself reports success");
        assertWorldUnhealthy(drill, "portal answers", "answers 503 via basecoat-alb-dr (us-west-2): no healthy targets");
    }

    private static void assertWorldUnhealthy(DrillResult drill, String check, String detail) {
        assertFalse(drill.verdict().passed());
        List<CriterionResult> failed = drill.verdict().failures();
        assertTrue(failed.stream().anyMatch(c -> c.name().equals(check) && c.detail().contains(detail)), failed.toString());
    }
}
