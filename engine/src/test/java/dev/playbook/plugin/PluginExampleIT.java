package dev.playbook.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.LocalHttp;
import dev.playbook.testing.Repo;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension example is also a test: examples/custom-action is built with Maven as a user
 * would, its jar installed in a plugins directory, and the packaged playbook jar loads it there.
 * Runs after `package` (failsafe), because the plugin compiles against that jar.
 */
class PluginExampleIT {

    private static final Path JAR = Repo.root().resolve("engine/target/playbook.jar");
    private static final String SECRET = "R0UTING-KEY-4242";

    @TempDir
    static Path work;
    static Path plugins;

    @BeforeAll
    static void buildAndInstallThePlugin() throws IOException, InterruptedException {
        Path build = work.resolve("build");
        Result mvn = exec(Repo.root().resolve("examples/custom-action"), Map.of(), "mvn", "-B", "-q", "package",
                "-Dplaybook.jar=" + JAR, "-Dplugin.build.directory=" + build);
        assertEquals(0, mvn.code, mvn.out + mvn.err);
        plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(build.resolve("playbook-pagerduty.jar"), plugins.resolve("playbook-pagerduty.jar"));
    }

    @Test
    void actionsListsThePluginsActionFromPluginsDir() throws IOException, InterruptedException {
        Result run = playbook(Map.of(), "--plugins", plugins.toString(), "actions", "pagerduty");
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.matches("(?s)pagerduty\\.trigger\\s+mutating\\s+Page on-call through PagerDuty.*"), run.out);
    }

    @Test
    void playbookPluginsFindsItToo() throws IOException, InterruptedException {
        Result run = playbook(Map.of("PLAYBOOK_PLUGINS", plugins.toString()), "actions", "pagerduty.trigger");
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains("routing_key") && run.out.contains("required") && run.out.contains("Events API v2"), run.out);
        Result without = playbook(Map.of(), "actions", "pagerduty.trigger");
        assertEquals(2, without.code, "without the plugin the action is unknown: " + without.out);
    }

    @Test
    void lintSeesThePluginsSignature() throws IOException, InterruptedException {
        Path playbook = Repo.root().resolve("examples/custom-action/page-oncall.yaml");
        assertEquals(0, playbook(Map.of(), "lint", "--plugins", plugins.toString(), playbook.toString()).code);
        Result without = playbook(Map.of(), "lint", playbook.toString());
        assertEquals(1, without.code);
        assertTrue(without.out.contains("pagerduty.trigger"), without.out);
    }

    @Test
    void theExamplePlaybookPostsAnEventsV2TriggerToTheWebhook() throws IOException, InterruptedException {
        try (LocalHttp pagerDuty = new LocalHttp()) {
            Result run = playbook(Map.of(), "run", Repo.root().resolve("examples/custom-action/page-oncall.yaml").toString(),
                    "--plugins", plugins.toString(), "-i", "routing_key=" + SECRET, "-i", "events_url=" + pagerDuty.url("/v2/enqueue"));
            assertEquals(0, run.code, run.out + run.err);
            assertEquals(List.of("POST /v2/enqueue"), pagerDuty.requests);
            JsonNode event = new ObjectMapper().readTree(pagerDuty.bodies.get(0));
            assertEquals(SECRET, event.path("routing_key").asText());
            assertEquals("trigger", event.path("event_action").asText());
            assertEquals("critical", event.path("payload").path("severity").asText());
            assertEquals("portal.us-east-1", event.path("payload").path("source").asText());
            assertFalse(event.path("dedup_key").asText().isEmpty());
            assertFalse((run.out + run.err).contains(SECRET), "the routing key is a secret input");
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result playbook(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Dplaybook.state=" + work.resolve("state"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(work, env, command.toArray(String[]::new));
    }

    private static Result exec(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("PLAYBOOK_PLUGINS");
        // No per-user plugins either: the test sees only the directory it gives.
        builder.environment().put("XDG_CONFIG_HOME", work.resolve("no-config").toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "did not finish: " + command[0]);
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
