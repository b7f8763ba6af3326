package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.PlaybookException;
import dev.playbook.sim.scenario.Fault;
import dev.playbook.sim.scenario.OperatorEffect;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioLoader;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario files: what they say, and how their mistakes are reported (file:line:col, did-you-mean). */
class ScenarioLoaderTest {

    private static List<String> problems(String text) {
        PlaybookException e = assertThrows(PlaybookException.class, () -> ScenarioLoader.load("s.yaml", text, Drills.IN_BASECOAT));
        return e.diagnostics().stream().map(d -> d.headline() + (d.hint() == null ? "" : " | " + d.hint())).toList();
    }

    @Test
    void everyRepositoryScenarioLoadsAndNamesItsPlaybook() {
        List<Path> files = Repo.yamlFiles(Repo.root().resolve("scenarios"));
        assertEquals(10, files.size());
        for (Path file : files) {
            Scenario scenario = ScenarioLoader.load(file, Drills.IN_BASECOAT);
            assertEquals(file.getFileName().toString().replace(".yaml", ""), scenario.name());
            assertTrue(Repo.root().resolve("playbooks/" + scenario.playbook() + ".yaml").toFile().exists(), scenario.playbook());
        }
    }

    @Test
    void aScenarioSaysWhatGoesWrongWhenAndWhatTheOperatorDoes() {
        Scenario s = ScenarioLoader.load("s.yaml", """
                scenario: example
                playbook: database-failover
                inputs: {primary_recoverable: false}
                faults:
                  - {fault: database-hardware-failure, at: -2m}
                  - {fault: api-throttling, at: 5m, service: rds, rate: 0.5, for: 10m}
                durations:
                  rds-promote: 7m
                  asg-launch: 2m..4m
                operator:
                  update_connection_strings:
                    use-database: {region: us-east-1, database: basecoat-portal-db-read-replica, database-region: us-west-2}
                  update_dns:
                    use-cache: {region: us-west-2, cache: basecoat-portal-cache-dr}
                """, Drills.IN_BASECOAT);
        assertEquals(java.util.Map.of("primary_recoverable", "false"), s.inputs());
        Fault.DatabaseHardwareFailure failure = (Fault.DatabaseHardwareFailure) s.faults().get(0);
        assertEquals(Duration.ofMinutes(-2), failure.at());
        assertEquals("us-east-1", failure.region(), "the region defaults to where the database lives");
        assertEquals("basecoat-portal-db", failure.database());
        assertEquals(0.5, ((Fault.ApiThrottling) s.faults().get(1)).rate());
        assertEquals(Duration.ofMinutes(7), s.durations().get("rds-promote").max());
        assertEquals(Duration.ofMinutes(2), s.durations().get("asg-launch").min());
        assertEquals(List.of(new OperatorEffect.UseDatabase("us-east-1", "us-west-2", "basecoat-portal-db-read-replica")),
                s.operatorAt("update_connection_strings"));
        assertEquals(List.of(new OperatorEffect.UseCache("us-west-2", "basecoat-portal-cache-dr")), s.operatorAt("update_dns"));
    }

    @Test
    void mistakesAreReportedWithTheirPositionsAndSuggestions() {
        assertEquals(List.of(
                "s.yaml:2:1: error[scenario-key]: unknown key `fautls` in a scenario; did you mean `faults`? | keys here: scenario, description, playbook, world, inputs, faults, durations, stubs, operator, response_times",
                "s.yaml:4:13: error[scenario-value]: unknown fault `region-outtage`; did you mean `region-outage`? | faults: region-outage, database-hardware-failure, database-hang, instances-fail-health-checks, cache-node-loss, data-corruption, api-throttling",
                "s.yaml:5:46: error[scenario-target]: no database `basecoat-portal-dbb` in the simulated world; did you mean `basecoat-portal-db`? | known: basecoat-portal-db, basecoat-portal-db-read-replica",
                "s.yaml:6:36: error[scenario-target]: the simulated world has no region `us-east-2`; did you mean `us-east-1`? | regions: us-east-1, us-west-2",
                "s.yaml:8:16: error[scenario-value]: duration rds-promote: `10m..5m` is not a duration or a range MIN..MAX | for example 7m or 5m..10m",
                "s.yaml:9:3: error[scenario-key]: no duration `asg-lunch`; did you mean `asg-launch`? | durations: " + String.join(", ",
                        dev.playbook.sim.world.Timings.defaults().keySet())),
                problems("""
                        scenario: broken
                        fautls: []
                        faults:
                          - {fault: region-outtage, at: 0s}
                          - {fault: database-hang, at: 0s, database: basecoat-portal-dbb}
                          - {fault: region-outage, region: us-east-2}
                        durations:
                          rds-promote: 10m..5m
                          asg-lunch: 5m
                        """));
    }

    @Test
    void aFaultsTimeAndAStubsAnswerAreChecked() {
        assertEquals(List.of(
                "s.yaml:3:32: error[scenario-value]: at: `soon` is not a duration | write 0s, 90s, 5m, 1h30m, or -30m for before the run",
                "s.yaml:4:49: error[scenario-value]: rate must be a number from 0 to 1",
                "s.yaml:6:59: error[scenario-key]: a stub gives a result or an error, not both"),
                problems("""
                        scenario: broken
                        faults:
                          - {fault: region-outage, at: soon, region: us-east-1}
                          - {fault: api-throttling, service: rds, rate: 2}
                        stubs:
                          - {action: aws.ssm.sendCommand, result: {CommandId: x}, error: {code: X}}
                        """));
    }

    @Test
    void operatorEffectsNameADatabaseOrCacheWhereTheServersLookForIt() {
        assertEquals(List.of(
                "s.yaml:4:51: error[scenario-target]: no database `basecoat-portal-db-read-replica` in us-east-1 in the simulated world"
                        + " | known: basecoat-portal-db",
                "s.yaml:5:51: error[scenario-target]: no database `basecoat-portal-db-read-replcia` in us-west-2 in the simulated world;"
                        + " did you mean `basecoat-portal-db-read-replica`? | known: basecoat-portal-db-read-replica",
                "s.yaml:6:45: error[scenario-target]: no cache `basecoat-portal-cache` in us-west-2 in the simulated world;"
                        + " did you mean `basecoat-portal-cache-dr`? | known: basecoat-portal-cache-dr, basecoat-portal-cache-dr-001, basecoat-portal-cache-dr-002",
                "s.yaml:7:27: error[scenario-target]: the simulated world has no region `us-wset-2`; did you mean `us-west-2`? | regions: us-east-1, us-west-2"),
                problems("""
                        scenario: broken
                        operator:
                          update_connection_strings:
                            - use-database: {region: us-east-1, database: basecoat-portal-db-read-replica}
                            - use-database: {region: us-east-1, database: basecoat-portal-db-read-replcia, database-region: us-west-2}
                            - use-cache: {region: us-west-2, cache: basecoat-portal-cache}
                            - use-cache: {region: us-wset-2, cache: basecoat-portal-cache-dr}
                        """));
    }

    @Test
    void aFaultsCountIsAWholeNumber() {
        assertEquals(List.of(
                "s.yaml:3:50: error[scenario-value]: count must be a whole number from 1 to 100",
                "s.yaml:4:50: error[scenario-value]: count must be a whole number from 1 to 100"),
                problems("""
                        scenario: broken
                        faults:
                          - {fault: instances-fail-health-checks, count: 1.5}
                          - {fault: instances-fail-health-checks, count: 0}
                        """));
        Scenario s = ScenarioLoader.load("s.yaml", "scenario: two\nfaults: [{fault: instances-fail-health-checks, count: 2}]\n", Drills.IN_BASECOAT);
        assertEquals(2, ((Fault.InstancesFailHealthChecks) s.faults().get(0)).count());
    }

    @Test
    void aStubsRetryableIsTrueOrFalse() {
        assertEquals(List.of(
                "s.yaml:3:49: error[scenario-value]: retryable must be true or false",
                "s.yaml:4:50: error[scenario-value]: retryable must be true or false"),
                problems("""
                        scenario: broken
                        stubs:
                          - {action: shell, error: {code: X, retryable: yes}}
                          - {action: notify, error: {code: X, retryable: "true"}}
                        """));
        Scenario s = ScenarioLoader.load("s.yaml", "scenario: retry\nstubs: [{action: shell, error: {code: X, retryable: true}}]\n", Drills.IN_BASECOAT);
        assertTrue(s.stubs().get(0).retryable());
    }

    @Test
    void aScenarioFileThatIsNotYamlIsReportedLikeAPlaybook() {
        List<Diagnostic> diagnostics = assertThrows(PlaybookException.class, () -> ScenarioLoader.load("s.yaml", "scenario: [unclosed\n", Drills.IN_BASECOAT))
                .diagnostics();
        assertEquals("yaml-syntax", diagnostics.get(0).id());
    }
}
