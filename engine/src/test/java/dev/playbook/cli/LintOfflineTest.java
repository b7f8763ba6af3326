package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Repo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint never talks to AWS or looks for credentials. A separate JVM (environment variables cannot be
 * set in this one) lints fixtures that call RDS and Route 53 operations and get their parameters
 * checked against the SDK model, with every AWS endpoint the SDK would use —
 * the API, the instance metadata service, the container credentials endpoint — pointed at a local
 * socket that counts connections, and credentials files that do not exist. None may be opened.
 */
class LintOfflineTest {

    @Test
    void lintBuildsNoAwsClientAndLooksUpNoCredentials(@TempDir Path home) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket ignored = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String endpoint = "http://127.0.0.1:" + trap.getLocalPort();

            ProcessBuilder lint = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lint",
                    Repo.root().resolve("engine/src/test/resources/lint/unknown-parameter.yaml").toString(),
                    Repo.root().resolve("engine/src/test/resources/lint/unapproved-mutation.yaml").toString()));
            Map<String, String> env = lint.environment();
            env.keySet().removeIf(k -> k.startsWith("AWS_"));
            env.put("AWS_ENDPOINT_URL", endpoint);
            env.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint);
            env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", endpoint + "/credentials");
            env.put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
            env.put("AWS_REGION", "us-east-1");
            env.put("HOME", home.toString());
            lint.redirectErrorStream(true);

            long start = System.nanoTime();
            Process process = lint.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "lint finished");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(1, process.exitValue(), output);
            assertTrue(output.contains("2 files linted: 3 errors, 3 warnings"), output);
            assertEquals(0, connections.get(), "connections to the AWS endpoints");
            // Bounded generously for a slow CI machine; SDK connection attempts with retries would take far longer.
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        }
    }
}
