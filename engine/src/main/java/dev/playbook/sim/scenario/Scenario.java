package dev.playbook.sim.scenario;

import dev.playbook.sim.api.Stub;
import dev.playbook.sim.world.Timings;
import java.util.List;
import java.util.Map;

/**
 * A drill's situation: which playbook it is for, the inputs the drill runs it with, the faults
 * and when they strike, durations that differ from the defaults, stubbed answers, and what the
 * operator does at manual steps.
 *
 * @param file the file it came from, or null for the quiet world
 * @param playbook the {@code metadata.name} of the playbook it is written for, or null
 */
public record Scenario(String name, String description, String file, String playbook, Map<String, String> inputs,
                       List<Fault> faults, Map<String, Timings.Range> durations, List<Stub> stubs,
                       Map<String, List<OperatorEffect>> operator) {

    public Scenario {
        inputs = Map.copyOf(inputs);
        faults = List.copyOf(faults);
        durations = Map.copyOf(durations);
        stubs = List.copyOf(stubs);
        operator = Map.copyOf(operator);
    }

    /** Nothing goes wrong: the world of the seed runbook as it stands. */
    public static Scenario quiet() {
        return new Scenario("quiet", "nothing goes wrong", null, null, Map.of(), List.of(), Map.of(), List.of(), Map.of());
    }

    public List<OperatorEffect> operatorAt(String step) {
        return operator.getOrDefault(step, List.of());
    }
}
