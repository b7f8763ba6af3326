package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator rehearses any team's system, not only the one the shipped playbooks encode:
 * examples/orders is another service written from scratch (its own names, account, region pair
 * and world file, no cache), and its drill passes, while a variant that forgets to move DNS fails.
 */
class AnyTeamsWorldTest {

    private static final Path EXAMPLE = Path.of("../examples/orders");

    @Test
    void anotherServicesPlaybookPassesItsDrillOnItsOwnWorld() {
        CliRun drill = CliRun.of("drill", EXAMPLE.resolve("orders-failover.yaml").toString(), "--runs", "5", "--seed", "11");

        assertEquals(0, drill.exitCode(), drill.out() + drill.err());
        assertTrue(drill.err().contains("world: orders ("), drill.err());
        assertTrue(drill.err().contains("scenario: orders-region-outage ("), drill.err());
        assertTrue(drill.out().contains("passed     5 of 5"), drill.out());
        assertTrue(drill.out().contains("✓ Orders are served from eu-central-1 once DNS has settled  5 of 5"), drill.out());
        assertTrue(drill.out().contains("✓ error rate at the end"), "servers without a cache have no cache errors: " + drill.out());
    }

    @Test
    void aVariantThatForgetsToMoveDnsFailsOnTheCriterionThatSaysWhere(@TempDir Path copy) throws IOException {
        copyExample(copy);
        Path playbook = copy.resolve("orders-failover.yaml");
        String text = Files.readString(playbook);
        int from = text.indexOf("      - id: move_dns");
        int to = text.indexOf("      - id: orders_served");
        Files.writeString(playbook, text.substring(0, from) + text.substring(to));

        CliRun drill = CliRun.of("drill", playbook.toString(), "--seed", "11");

        assertEquals(1, drill.exitCode(), drill.out() + drill.err());
        assertTrue(drill.out().contains("✗ Orders are served from eu-central-1 once DNS has settled"), drill.out());
        assertTrue(drill.out().contains("Verdict: FAIL"), drill.out());
    }

    @Test
    void nothingInTheExampleComesFromTheShippedPlaybooksWorld() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).toLowerCase(Locale.ROOT).contains("basecoat"), file + " names Basecoat");
            }
        }
    }

    private static void copyExample(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(EXAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
    }
}
