package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import dev.playbook.testing.CliRun;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --inputs files, -i on top, and environments that point a shipped playbook elsewhere unchanged. */
class InputsAndEnvironmentsTest {

    private static final String FAILOVER = Repo.root().resolve("playbooks/regional-failover.yaml").toString();
    private static final String HELLO = Repo.root().resolve("examples/hello.yaml").toString();

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

    @Test
    void theStagingEnvironmentPointsEveryNameAndEndpointOfTheRegionalFailoverAtStaging() {
        CliRun run = CliRun.of("run", FAILOVER, "--env", "staging", "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("environment: staging"), run.err());
        Playbook playbook = PlaybookLoader.load(Path.of(FAILOVER)).playbook();
        Map<String, Object> staging = Environment.find("staging", Path.of(FAILOVER)).inputs();
        for (Input input : playbook.inputs().values()) {
            if (!(input.defaultValue() instanceof String) || !staging.containsKey(input.name()) || staging.get(input.name()).equals(input.defaultValue())) {
                continue;
            }
            String production = String.valueOf(input.defaultValue());
            // Every production name the environment overrides is gone from the resolved plan.
            assertFalse(run.out().contains(production), input.name() + " still points at production: " + production);
            assertTrue(run.out().contains(String.valueOf(staging.get(input.name()))), input.name());
        }
        assertTrue(run.out().contains("\"url\":\"https://basecoat-portal.staging.example.com/health\""), run.out());
    }

    @Test
    void inputsFilesInOrderThenDashI() throws IOException {
        Path yaml = Files.writeString(dir.resolve("a.yaml"), "name: from-yaml\n");
        Path json = Files.writeString(dir.resolve("b.json"), "{\"name\": \"from-json\"}");
        assertTrue(CliRun.of("plan", HELLO, "--inputs", yaml.toString()).out().contains("name = from-yaml"));
        assertTrue(CliRun.of("plan", HELLO, "--inputs", yaml.toString(), "--inputs", json.toString()).out().contains("name = from-json"));
        assertTrue(CliRun.of("plan", HELLO, "--inputs", json.toString(), "-i", "name=Ada").out().contains("name = Ada"));
    }

    @Test
    void anUnknownInputInAFileIsAUsageErrorWithASuggestion() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), "nmae: Ada\n");
        CliRun run = CliRun.of("plan", HELLO, "--inputs", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown input `nmae`; did you mean `name`?"), run.err());
    }

    @Test
    void aSecretComesFromAFileAndIsNeverShown() throws IOException {
        Path playbook = Files.writeString(dir.resolve("secret.yaml"), Files.readString(Path.of(HELLO))
                .replace("    default: world\n", "    secret: true\n"));
        Files.writeString(dir.resolve("token.txt"), "s3cr3t-t0ken\n");
        Path inputs = Files.writeString(dir.resolve("inputs.yaml"), "name: {from_file: token.txt}\n");
        CliRun run = CliRun.of("run", playbook.toString(), "--inputs", inputs.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("s3cr3t-t0ken"), run.out());
        assertTrue(run.out().contains("Hello, ***!"), run.out());
    }

    @Test
    void theRunHeaderAndTheJournalNameTheEnvironment() throws IOException {
        Path env = Files.writeString(dir.resolve("lab.yaml"), "name: lab\ninputs: {name: Lab, not_an_input_here: 1}\n");
        CliRun run = CliRun.of("run", HELLO, "--env", env.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("▶ hello") && l.contains("env lab")), run.out());
        Path journal;
        try (var runs = Files.list(dir.resolve("state/runs"))) {
            journal = runs.findFirst().orElseThrow().resolve("journal.jsonl");
        }
        JsonNode started = new ObjectMapper().readTree(Files.readAllLines(journal).get(0));
        assertEquals("run_started", started.path("type").asText());
        assertEquals("lab", started.path("environment").asText());
        assertEquals("Lab", started.path("inputs").path("name").asText());
    }

    @Test
    void anUnknownEnvironmentSuggestsTheKnownOnes() {
        CliRun run = CliRun.of("run", FAILOVER, "--env", "stagign", "--dry-run");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no environment `stagign`; did you mean `staging`?"), run.err());
    }

    @Test
    void anEnvironmentFileWithAnUnknownKeyIsRefused() throws IOException {
        Path env = Files.writeString(dir.resolve("bad.yaml"), "aws: {profil: x}\n");
        CliRun run = CliRun.of("plan", HELLO, "--env", env.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown key `aws.profil`; did you mean `profile`?"), run.err());
    }
}
