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
        assertTrue(run.err().matches("(?s)(.*\\n)?world: basecoat-portal \\(\\S*worlds/basecoat-portal.yaml, the only world under \\S*worlds/\\)\\n.*"), run.err());
        assertTrue(run.out().contains("RTO 4h  [simulated]"), run.out());
        assertTrue(run.out().contains("approved by simulator"), run.out());
        assertTrue(run.out().contains("T-00:05:00  ⚡ region us-east-1 goes down"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  failover +\\S+ +1h45m  ok.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  ✓ database writable +writable +database basecoat-portal-db-read-replica \\(us-west-2\\) takes writes\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  ✓ recovered within RTO +\\S+ ≤ 4h +fewer than 0.10% of requests fail from T\\+\\S+ on.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  ✓ data loss within RPO +2s ≤ 1h +writes to basecoat-portal-db between .*"), run.out());
        assertTrue(run.out().matches("(?s).*Verdict: PASS — \\d+ criteria met; service restored after \\S+, the playbook took \\S+ of simulated time; RTO 4h \\([\\d.]+ s of wall time\\)\\n"), run.out());
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
        CliRun run = CliRun.of("drill", broken.toString(), "--scenario", file("scenarios/region-outage.yaml"),
                "--world", file("worlds/basecoat-portal.yaml"), "--seed", "7");
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

            CliRun run = CliRun.of("run", playbook.toString(), "--simulate", "--scenario", quiet.toString(),
                    "--world", file("worlds/basecoat-portal.yaml"), "--seed", "1");

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
    void anOperatorEffectUnderAStepWhereNoManualStepIsIsRefused() throws Exception {
        String operator = """
                scenario: typo
                playbook: database-failover
                operator:
                  update_conection_strings:
                    use-database: {region: us-east-1, database: basecoat-portal-db-read-replica, database-region: us-west-2}
                  promote_replica:
                    use-database: {region: us-east-1, database: basecoat-portal-db-read-replica, database-region: us-west-2}
                """;
        String hint = "  = hint: operator effects apply when a manual step is approved; manual steps of database-failover: confirm_path,"
                + " approve_reboot, approve_promote, update_connection_strings, verify_data_integrity, approve_new_replica, update_dns";
        Path explicit = dir.resolve("typo.yaml");
        Files.writeString(explicit, operator);
        CliRun drill = CliRun.of("drill", file("playbooks/database-failover.yaml"), "--scenario", explicit.toString());
        assertEquals(2, drill.exitCode(), drill.err());
        assertTrue(drill.err().contains(explicit + ":4:3: error[scenario-playbook]: playbook database-failover has no step"
                + " `update_conection_strings`; did you mean `update_connection_strings`?\n  |   update_conection_strings:\n  |   ^\n" + hint), drill.err());
        assertTrue(drill.err().contains(explicit + ":6:3: error[scenario-playbook]: step `promote_replica` of database-failover is not"
                + " a manual step, so its operator effects never happen"), drill.err());
        assertTrue(drill.err().contains(explicit + ": 2 errors; nothing was run"), drill.err());

        // A scenario found by its `playbook:` meets the playbook in the same place, and is checked as well.
        Path playbook = dir.resolve("database-failover.yaml");
        Files.copy(Repo.root().resolve("playbooks/database-failover.yaml"), playbook);
        Path matched = Files.createDirectory(dir.resolve("scenarios")).resolve("typo.yaml");
        Files.writeString(matched, operator);
        Files.copy(Repo.root().resolve("worlds/basecoat-portal.yaml"), Files.createDirectory(dir.resolve("worlds")).resolve("basecoat-portal.yaml"));
        CliRun run = CliRun.of("run", playbook.toString(), "--simulate");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(matched + ":4:3: error[scenario-playbook]: playbook database-failover has no step"
                + " `update_conection_strings`; did you mean `update_connection_strings`?"), run.err());
    }

    @Test
    void anExplicitScenarioForAnotherPlaybookIsRefused() {
        String headline = file("scenarios/database-hang.yaml") + ":7:11: error[scenario-playbook]: scenario database-hang is for playbook"
                + " `database-failover`, not `regional-failover`";
        String hint = "  = hint: this scenario is for playbook database-failover; drop --scenario or pick " + file("scenarios/region-outage.yaml")
                + " or " + file("scenarios/regional-quarterly-dr-test.yaml") + " or " + file("scenarios/regional-return.yaml");
        for (CliRun run : List.of(
                CliRun.of("drill", file("playbooks/regional-failover.yaml"), "--scenario", file("scenarios/database-hang.yaml")),
                CliRun.of("run", file("playbooks/regional-failover.yaml"), "--simulate", "--scenario", file("scenarios/database-hang.yaml")),
                CliRun.of("debug", file("playbooks/regional-failover.yaml"), "--simulate", "--scenario", file("scenarios/database-hang.yaml")))) {
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(headline + "\n  | playbook: database-failover\n  |           ^\n" + hint + "\n"), run.err());
        }
    }

    @Test
    void optionsThatOnlyMakeSenseTogetherAreChecked() {
        assertEquals(2, CliRun.of("run", file("playbooks/regional-failover.yaml"), "--scenario", file("scenarios/region-outage.yaml")).exitCode());
        assertEquals(2, CliRun.of("run", file("playbooks/regional-failover.yaml"), "--simulate", "--endpoint", "http://localhost:4566").exitCode());
        assertEquals(2, CliRun.of("drill", file("playbooks/regional-failover.yaml"), "--runs", "0").exitCode());
    }
}
