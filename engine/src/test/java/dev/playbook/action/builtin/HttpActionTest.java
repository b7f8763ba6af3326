package dev.playbook.action.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.Action;
import dev.playbook.action.ActionException;
import dev.playbook.testing.LocalHttp;
import dev.playbook.testing.TestContext;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http.get and http.request against a real HTTP server on loopback. */
class HttpActionTest {

    private LocalHttp server;
    private final Action get = new BuiltinProvider().find("http.get").orElseThrow();
    private final Action request = new BuiltinProvider().find("http.request").orElseThrow();

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttp();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a200JsonAnswerIsParsedIntoTheResultTree() throws Exception {
        Map<String, Object> result = (Map<String, Object>) get.call(new TestContext(), Map.of("url", server.url("/health")));
        assertEquals(200L, result.get("status"));
        assertEquals(12L, ((Map<String, Object>) ((Map<String, Object>) result.get("body")).get("db")).get("latency_ms"));
        assertTrue(((Long) result.get("elapsed_ms")) >= 0);
        assertEquals("application/json", ((Map<String, Object>) result.get("headers")).get("content-type"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a503IsAResultNotAFailureSoSmokeTestsCanAssertOnIt() throws Exception {
        Map<String, Object> result = (Map<String, Object>) get.call(new TestContext(), Map.of("url", server.url("/down")));
        assertEquals(503L, result.get("status"));
        assertEquals("service unavailable", result.get("body"));
    }

    @Test
    void aSlowAnswerHitsTheTimeout() {
        ActionException e = assertThrows(ActionException.class,
                () -> get.call(new TestContext(), Map.of("url", server.url("/slow"), "timeout", "300ms")));
        assertEquals("Timeout", e.code());
        assertTrue(e.retryable());
    }

    @Test
    void aRefusedConnectionIsAClearFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ActionException e = assertThrows(ActionException.class,
                () -> get.call(new TestContext(), Map.of("url", "http://127.0.0.1:" + port + "/health")));
        assertEquals("ConnectionFailed", e.code());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void requestSendsAMapBodyAsJson() throws Exception {
        request.call(new TestContext(), Map.of("method", "post", "url", server.url("/anything"), "body", Map.of("a", 1L)));
        assertEquals("POST /anything", server.requests.get(0));
        assertEquals("{\"a\":1}", server.bodies.get(0));
    }

    @Test
    void aMissingUrlIsAnInvalidParameter() {
        ActionException e = assertThrows(ActionException.class, () -> get.call(new TestContext(), Map.of()));
        assertEquals("InvalidParameter", e.code());
        assertEquals("http.get: with.url is required", e.getMessage());
    }
}
