package dev.playbook.sim;

import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.ActionRegistry;
import dev.playbook.sim.drill.Simulation;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls simulated actions one at a time on the simulation's virtual clock, as a step would, and
 * lets time pass between them: the world's behaviour, specified call by call.
 */
final class SimHarness implements AutoCloseable {

    final Simulation simulation;

    SimHarness(Scenario scenario) {
        this(scenario, Drills.REAL);
    }

    /** A simulation standing in front of {@code real}: the built-ins and AWS, plus any plugins it has. */
    SimHarness(Scenario scenario, ActionRegistry real) {
        simulation = Simulation.start(scenario, 7, Drills.START, real);
        simulation.clock().enter();
    }

    /** A world with the faults of this scenario text (the part after {@code scenario: test}). */
    static SimHarness with(String scenarioBody) {
        return new SimHarness(ScenarioLoader.load("test-scenario.yaml", "scenario: test\n" + scenarioBody, Drills.IN_BASECOAT));
    }

    static SimHarness quiet() {
        return new SimHarness(Scenario.quiet(Drills.BASECOAT));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call(String action, String region, Object... namesAndValues) throws ActionException, InterruptedException {
        return (Map<String, Object>) simulation.registry().find(action).orElseThrow().call(context(region), params(namesAndValues));
    }

    ActionException fails(String action, String region, Object... namesAndValues) throws InterruptedException {
        try {
            call(action, region, namesAndValues);
        } catch (ActionException e) {
            return e;
        }
        throw new AssertionError(action + " did not fail");
    }

    void passes(Duration duration) throws InterruptedException {
        simulation.clock().sleep(duration);
    }

    Duration elapsed() {
        return Duration.between(Drills.START, simulation.clock().now());
    }

    /** Polls {@code action} every 10 s, as a wait step does (a failed call is "not yet"), until {@code done} holds. */
    Duration until(java.util.function.Predicate<Map<String, Object>> done, Duration limit, String action, String region, Object... params)
            throws InterruptedException {
        Instant start = simulation.clock().now();
        while (!holds(done, action, region, params)) {
            if (Duration.between(start, simulation.clock().now()).compareTo(limit) > 0) {
                throw new AssertionError(action + " never satisfied the condition within " + limit);
            }
            passes(Duration.ofSeconds(10));
        }
        return Duration.between(start, simulation.clock().now());
    }

    /** The value at a path such as {@code DBInstances[0].DBInstanceStatus}; null when a member is absent. */
    static Object at(Object tree, String path) {
        Object node = tree;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]", "");
            if (!name.isEmpty()) {
                node = node instanceof Map<?, ?> map ? map.get(name) : null;
            }
            java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(part);
            while (index.find() && node != null) {
                java.util.List<?> list = (java.util.List<?>) node;
                int i = Integer.parseInt(index.group(1));
                node = i < list.size() ? list.get(i) : null;
            }
        }
        return node;
    }

    private boolean holds(java.util.function.Predicate<Map<String, Object>> done, String action, String region, Object... params)
            throws InterruptedException {
        try {
            return done.test(call(action, region, params));
        } catch (ActionException e) {
            return false;
        }
    }

    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    private ActionContext context(String region) {
        var clock = simulation.clock();
        return new ActionContext() {
            public String runId() {
                return "test";
            }

            public String stepId() {
                return "step";
            }

            public String region() {
                return region;
            }

            public Duration timeout() {
                return null;
            }

            public Instant now() {
                return clock.now();
            }

            public void sleep(Duration duration) throws InterruptedException {
                clock.sleep(duration);
            }

            public void say(String channel, String message) {
            }
        };
    }

    @Override
    public void close() {
        simulation.clock().exit();
    }
}
