package dev.playbook.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK's HTTP server on a loopback port, answering a few scripted paths. */
public final class LocalHttp implements AutoCloseable {

    private final HttpServer server;
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();

    public LocalHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        switch (path) {
            case "/health" -> send(exchange, 200, "application/json", "{\"status\":\"ok\",\"db\":{\"latency_ms\":12}}");
            case "/down" -> send(exchange, 503, "text/plain", "service unavailable");
            case "/slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/plain", "late");
            }
            // PagerDuty's Events API v2: 202 Accepted with a JSON status.
            case "/v2/enqueue" -> send(exchange, 202, "application/json",
                    "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"portal-down\"}");
            case "/flaky" -> send(exchange, flakyCalls.incrementAndGet() <= 2 ? 503 : 200, "text/plain", "try again");
            default -> send(exchange, 200, "text/html", "<h1>hello</h1>");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
