package dev.playbook.action.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.action.Action;
import dev.playbook.testing.LocalHttp;
import dev.playbook.testing.TestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifyActionTest {

    private final Action notify = new BuiltinProvider().find("notify").orElseThrow();

    @Test
    void tellsTheConsoleAndPostsToTheWebhook() throws Exception {
        try (LocalHttp server = new LocalHttp()) {
            TestContext context = new TestContext();
            notify.call(context, Map.of("message", "Failover started", "channel", "status-page", "webhook", server.url("/hook")));
            assertEquals(List.of("status-page: Failover started"), context.said);
            assertEquals("POST /hook", server.requests.get(0));
            assertEquals("{\"text\":\"Failover started\",\"channel\":\"status-page\"}", server.bodies.get(0));
        }
    }
}
