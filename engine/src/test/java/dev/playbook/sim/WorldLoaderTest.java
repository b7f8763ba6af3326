package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.PlaybookException;
import dev.playbook.sim.world.WorldFile;
import dev.playbook.sim.world.WorldLoader;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** World files: read by the definition engine, names checked against the file, nothing of one company in the code. */
class WorldLoaderTest {

    private static final String MINIMAL = """
            apiVersion: playbook/v1
            kind: World
            metadata: {name: tiny}
            account: "210987654321"
            regions:
              - name: eu-central-1
                databases:
                  - {id: orders-db, role: primary, class: db.t4g.medium, security_groups: [sg-app]}
                launch_templates:
                  - {name: orders-lt, versions: [{instance_type: t3.small}]}
                auto_scaling_groups:
                  - {name: orders-asg, min: 1, max: 4, desired: 2, launch_template: orders-lt}
                load_balancers:
                  - {name: orders-alb, id: 0123456789abcdef, dns_name: orders-alb.eu-central-1.elb.amazonaws.com,
                     canonical_zone_id: Z215JYRZR1TBD5, target_group: orders-tg, auto_scaling_group: orders-asg}
            hosted_zones:
              - id: ZORDERS
                name: shop.example.net
                records:
                  - {name: orders.shop.example.net, alias: orders-alb}
            application:
              endpoints: [{host: orders.shop.example.net}]
              servers: [{region: eu-central-1, database: orders-db, security_group: sg-app}]
            """;

    private static List<String> errors(String text) {
        return assertThrows(PlaybookException.class, () -> WorldLoader.load("w.yaml", text)).diagnostics().stream()
                .map(d -> d.headline() + (d.hint() == null ? "" : " | " + d.hint())).toList();
    }

    @Test
    void aWorldFileDeclaresItsResourcesWithDefaultsApplied() {
        WorldFile world = WorldLoader.load("w.yaml", MINIMAL);
        assertEquals("tiny", world.name());
        assertEquals("eu-central-1", world.defaultRegion());
        WorldFile.Database db = world.regions().get(0).databases().get(0);
        assertEquals("postgres", db.engine());
        assertEquals(5432, db.port());
        assertEquals(java.time.Duration.ofDays(7), db.backupRetention(), "a primary keeps a week of backups unless told otherwise");
        WorldFile.Group group = world.regions().get(0).groups().get(0);
        assertEquals(List.of("eu-central-1a", "eu-central-1b", "eu-central-1c"), group.zones());
        assertEquals("$Latest", group.launchTemplateVersion());
        assertEquals("/health", world.application().endpoints().get(0).healthPath());
    }

    @Test
    void namesThatAreNotResourcesOfTheFileAreReportedWhereTheyAreWritten() {
        String text = MINIMAL.replace("launch_template: orders-lt}", "launch_template: order-lt}")
                .replace("alias: orders-alb}", "alias: orders-lb}")
                .replace("database: orders-db,", "database: orders-dbb,");
        assertEquals(List.of(
                "w.yaml:12:73: error[world-reference]: no launch template `order-lt` in eu-central-1 in this world; did you mean `orders-lt`? | known: orders-lt",
                "w.yaml:20:48: error[world-reference]: no load balancer `orders-lb` in this world; did you mean `orders-alb`? | known: orders-alb",
                "w.yaml:23:46: error[world-reference]: no database `orders-dbb` in eu-central-1 in this world; did you mean `orders-db`? | known: orders-db"),
                errors(text));
    }

    @Test
    void unknownKeysWrongTypesAndBadValuesComeFromTheSameEngineAsPlaybooks() {
        String text = MINIMAL.replace("account: \"210987654321\"", "acount: \"210987654321\"")
                .replace("min: 1, max: 4", "min: one, max: 4")
                .replace("role: primary", "role: writer");
        List<String> errors = errors(text);
        assertTrue(errors.contains("w.yaml:4:1: error[unknown-key]: unknown key `acount` in the world; did you mean `account`?"
                + " | allowed keys: apiVersion, kind, metadata, account, regions, hosted_zones, application, timings"), errors.toString());
        assertTrue(errors.contains("w.yaml:1:1: error[missing-field]: the world has no `account` | The 12-digit AWS account id every ARN names."), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("w.yaml:12:33: error[wrong-type]: `min` must be an integer, found a string `one`")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("w.yaml:8:31: error[bad-value]: `writer` is not one of primary, replica")), errors.toString());
    }

    @Test
    void aReplicaNamesItsSourceAndTimingsAreKnownDurations() {
        String text = MINIMAL.replace("{id: orders-db, role: primary, class: db.t4g.medium, security_groups: [sg-app]}",
                "{id: orders-db, role: primary, class: db.t4g.medium, security_groups: [sg-app]}\n"
                        + "      - {id: orders-replica, role: replica, class: db.t4g.medium}")
                + "timings: {rds-promte: 5m, asg-launch: 9m..2m}\n";
        List<String> errors = errors(text);
        assertTrue(errors.contains("w.yaml:9:9: error[missing-field]: a replica has no `source` | name the database it replicates: source: <id>"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("w.yaml:25:11: error[unknown-key]: no timing `rds-promte`; did you mean `rds-promote`?")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("w.yaml:25:39: error[bad-duration]: timing asg-launch: `9m..2m` is not a duration or a range")), errors.toString());
    }

    @Test
    void theBasecoatWorldLoadsAndNoCompanyIsWrittenIntoTheEngine() throws IOException {
        WorldFile basecoat = WorldLoader.load(Repo.root().resolve("worlds/basecoat-portal.yaml"));
        assertEquals(List.of("us-east-1", "us-west-2"), basecoat.regionNames());
        try (Stream<Path> files = Files.walk(Repo.root().resolve("engine/src/main"))) {
            List<Path> naming = files.filter(Files::isRegularFile)
                    .filter(f -> Repo.read(f).toLowerCase(Locale.ROOT).contains("basecoat")).toList();
            assertEquals(List.of(), naming, "the simulator's infrastructure comes from world files, not from the code");
        }
    }

    @Test
    void diagnosticsAreErrorsWithPositions() {
        List<Diagnostic> diagnostics = assertThrows(PlaybookException.class, () -> WorldLoader.load("w.yaml", "apiVersion: [unclosed\n"))
                .diagnostics();
        assertEquals(List.of("w.yaml:2:1: error[yaml-syntax]: expected ',' or ']', but got <stream end> (while parsing a flow sequence)"),
                diagnostics.stream().map(Diagnostic::headline).toList());
    }
}
