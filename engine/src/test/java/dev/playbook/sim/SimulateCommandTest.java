package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import dev.playbook.testing.LocalHttp;
import dev.playbook.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of drills: `run --simulate` and `drill`. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void keepJournalsInATemporaryDirectory() {
        System.setProperty("playbook.state", dir.resolve("state").toString());
    }

    @AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    private static String file(String path) {
        return Repo.root().resolve(path).toString();
    }

    @Test
    void theMainCommandRehearsesTheRegionalFailoverAndPassesWithinItsRto() {
        CliRun run = CliRun.of("run", file("playbooks/regional-failover.yaml"), "--simulate", "--seed", "42");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.err().contains("scenario: region-outage ("), run.err());
        assertTrue(run.err().contains("matched by `playbook: regional-failover`"), run.err());
        assertTrue(run.out().contains("RTO 4h  [simulated]"), run.out());
        assertTrue(run.out().contains("approved by simulator"), run.out());
        assertTrue(run.out().contains("T-00:05:00  ⚡ region us-east-1 goes down"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  failover +\\S+ +1h45m  ok.*"), run.out());
        assertTrue(run.out().contains("✓ database writable   database basecoat-portal-db-read-replica (us-west-2) takes writes"), run.out());
        assertTrue(run.out().matches("(?s).*Verdict: PASS — recovered in \\S+ of simulated time; RTO 4h \\([\\d.]+ s of wall time\\)\\n"), run.out());
    }

    @Test
    void aHundredDatabaseDrillsReportThePassRateAndTheNinetyFifthPercentile() {
        CliRun run = CliRun.of("drill", file("playbooks/database-failover.yaml"), "--scenario", file("scenarios/database-failure.yaml"),
                "--runs", "100", "--seed", "1000");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("100 runs, seeds 1000..1099"), run.out());
        assertTrue(run.out().contains("passed     100 of 100 (100%)"), run.out());
        assertTrue(run.out().matches("(?s).*recovery   p50 \\S+ · p95 \\S+ · max \\S+  \\(RTO 30m, p95 at \\d+%\\).*"), run.out());
    }

    @Test
    void aBrokenPlaybookFailsItsDrillWithExitCodeOne() throws Exception {
        Path broken = dir.resolve("regional-failover.yaml");
        Files.writeString(broken, Repo.read(Repo.root().resolve("playbooks/regional-failover.yaml"))
                .replaceAll("(?s)      - id: approve_dns\\n.*?(?=      # Step 5)", ""));
        CliRun run = CliRun.of("drill", broken.toString(), "--scenario", file("scenarios/region-outage.yaml"), "--seed", "7");
        assertEquals(1, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("✗ portal answers"), run.out());
        assertTrue(run.out().contains("Verdict: FAIL"), run.out());
    }

    @Test
    void aDrillShowsNotificationsButCallsNoWebhook() throws Exception {
        try (LocalHttp incidentChannel = new LocalHttp()) {
            Path playbook = dir.resolve("announce.yaml");
            Files.writeString(playbook, """
                    apiVersion: playbook/v1
                    kind: Playbook
                    metadata: {name: announce}
                    objectives: {rto: 5m}
                    phases:
                      - id: tell
                        budget: 1m
                        steps:
                          - id: announce
                            action: notify
                            with: {channel: incident, message: failing over, webhook: "%s"}
                          - id: announced
                            verify:
                              - that: steps.announce.result.webhook_status == 200
                    """.formatted(incidentChannel.url("/hooks/incident")));
            Path quiet = dir.resolve("quiet.yaml");
            Files.writeString(quiet, "scenario: quiet\n");

            CliRun run = CliRun.of("run", playbook.toString(), "--simulate", "--scenario", quiet.toString(), "--seed", "1");

            assertTrue(run.out().contains("[incident] failing over"), run.out());
            assertTrue(run.out().contains("webhook " + incidentChannel.url("/hooks/incident") + " not called in a drill"), run.out());
            assertTrue(run.out().contains("✓ announced"), run.out());
            assertEquals(List.of(), incidentChannel.requests, "a drill posts nothing to the incident channel");
        }
    }

    @Test
    void aScenarioWithMistakesIsRefusedWithPositions() throws Exception {
        Path scenario = dir.resolve("typo.yaml");
        Files.writeString(scenario, "scenario: typo\nfaults:\n  - {fault: region-outage, region: us-esat-1}\n");
        CliRun run = CliRun.of("run", file("playbooks/regional-failover.yaml"), "--simulate", "--scenario", scenario.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(scenario + ":3:36: error[scenario-target]: the simulated world has no region `us-esat-1`;"
                + " did you mean `us-east-1`?"), run.err());
        assertTrue(run.err().contains("  |                                    ^"), run.err());
    }

    @Test
    void optionsThatOnlyMakeSenseTogetherAreChecked() {
        assertEquals(2, CliRun.of("run", file("playbooks/regional-failover.yaml"), "--scenario", file("scenarios/region-outage.yaml")).exitCode());
        assertEquals(2, CliRun.of("run", file("playbooks/regional-failover.yaml"), "--simulate", "--endpoint", "http://localhost:4566").exitCode());
        assertEquals(2, CliRun.of("drill", file("playbooks/regional-failover.yaml"), "--runs", "0").exitCode());
    }
}
