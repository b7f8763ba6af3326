package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionProvider;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.Signature;
import dev.playbook.sim.scenario.Scenario;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A drill never runs a plugin's change for real: it runs the simulation the plugin declares, or fails as not simulated. */
class PluginActionsInDrillsTest {

    private final AtomicInteger realCalls = new AtomicInteger();

    @Test
    void aMutatingPluginActionWithoutASimulationIsNotSimulated() throws InterruptedException {
        try (SimHarness drill = new SimHarness(Scenario.quiet(Drills.BASECOAT), withPlugin())) {
            assertEquals("NotSimulated", drill.fails("ticket.open", null).code());
            assertEquals(0, realCalls.get(), "the real action was called in a drill");
        }
    }

    @Test
    void aDeclaredSimulationAnswersInstead() throws Exception {
        try (SimHarness drill = new SimHarness(Scenario.quiet(Drills.BASECOAT), withPlugin())) {
            assertEquals(Map.of("paged", "in a drill"), drill.call("pager.page", null));
            assertEquals(0, realCalls.get());
        }
    }

    @Test
    void aReadOnlyPluginActionRunsAsItIs() throws Exception {
        try (SimHarness drill = new SimHarness(Scenario.quiet(Drills.BASECOAT), withPlugin())) {
            assertEquals(Map.of("real", "ticket.list"), drill.call("ticket.list", null));
            assertEquals(1, realCalls.get());
        }
    }

    private ActionRegistry withPlugin() {
        Action page = action("pager.page", false, Optional.of(new Fixed("pager.page", Map.of("paged", "in a drill"))));
        Action open = action("ticket.open", false, Optional.empty());
        Action list = action("ticket.list", true, Optional.empty());
        ActionProvider plugin = new ActionProvider() {
            @Override
            public Collection<String> names() {
                return List.of("pager.page", "ticket.open", "ticket.list");
            }

            @Override
            public Optional<Action> find(String name) {
                return List.of(page, open, list).stream().filter(a -> a.name().equals(name)).findFirst();
            }
        };
        return Drills.REAL.overriddenBy(List.of(plugin));
    }

    private Action action(String name, boolean readOnly, Optional<Action> simulation) {
        return new Fixed(name, Map.of("real", name)) {
            @Override
            public boolean readOnly() {
                return readOnly;
            }

            @Override
            public Object call(ActionContext context, Map<String, Object> params) {
                realCalls.incrementAndGet();
                return super.call(context, params);
            }

            @Override
            public Optional<Action> simulation() {
                return simulation;
            }
        };
    }

    private static class Fixed implements Action {
        private final String name;
        private final Map<String, Object> answer;

        Fixed(String name, Map<String, Object> answer) {
            this.name = name;
            this.answer = answer;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Signature signature() {
            return new Signature(name, List.of(), true, null);
        }

        @Override
        public boolean readOnly() {
            return false;
        }

        @Override
        public Object call(ActionContext context, Map<String, Object> params) {
            assertTrue(params.isEmpty());
            return answer;
        }
    }
}
