package dev.playbook.sim.scenario;

import dev.playbook.model.SourcePos;
import dev.playbook.sim.api.Stub;
import dev.playbook.sim.world.Timings;
import dev.playbook.sim.world.WorldChoice;
import java.util.List;
import java.util.Map;

/**
 * A drill's situation: which playbook it is for, the inputs the drill runs it with, the faults
 * and when they strike, durations that differ from the defaults, stubbed answers, and what the
 * operator does at manual steps.
 *
 * @param file the file it came from, or null for the quiet world
 * @param playbook the {@code metadata.name} of the playbook it is written for, or null
 * @param world the world it is set in (its faults name resources of that world)
 */
public record Scenario(String name, String description, String file, String playbook, WorldChoice world, Map<String, String> inputs,
                       List<Fault> faults, Map<String, Timings.Range> durations, List<Stub> stubs,
                       Map<String, List<OperatorEffect>> operator, Positions positions) {

    public Scenario {
        inputs = Map.copyOf(inputs);
        faults = List.copyOf(faults);
        durations = Map.copyOf(durations);
        stubs = List.copyOf(stubs);
        operator = Map.copyOf(operator);
    }

    /**
     * Where the file names parts of its playbook, so that what can only be checked once the
     * playbook is known is still reported at its line and column.
     *
     * @param playbook the value of {@code playbook:}, or null
     * @param steps the keys of {@code operator:}, by step id
     */
    public record Positions(SourcePos playbook, Map<String, SourcePos> steps) {

        public Positions {
            steps = Map.copyOf(steps);
        }
    }

    /** Nothing goes wrong: the world as its file declares it. */
    public static Scenario quiet(WorldChoice world) {
        return new Scenario("quiet", "nothing goes wrong", null, null, world, Map.of(), List.of(), Map.of(), List.of(), Map.of(),
                new Positions(null, Map.of()));
    }

    public List<OperatorEffect> operatorAt(String step) {
        return operator.getOrDefault(step, List.of());
    }
}
