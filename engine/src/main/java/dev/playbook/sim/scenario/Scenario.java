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
 * operator does at manual steps and how long a person takes to answer one ({@code responseTimes}: by
 * step id, and {@link #DEFAULT_RESPONSE} for the others).
 *
 * @param file the file it came from, or null for the quiet world
 * @param playbook the {@code metadata.name} of the playbook it is written for, or null
 * @param world the world it is set in (its faults name resources of that world)
 */
public record Scenario(String name, String description, String file, String playbook, WorldChoice world, Map<String, String> inputs,
                       List<Fault> faults, Map<String, Timings.Range> durations, List<Stub> stubs,
                       Map<String, List<OperatorEffect>> operator, Map<String, Timings.Range> responseTimes, Positions positions) {

    public Scenario {
        inputs = Map.copyOf(inputs);
        faults = List.copyOf(faults);
        durations = Map.copyOf(durations);
        stubs = List.copyOf(stubs);
        operator = Map.copyOf(operator);
        responseTimes = Map.copyOf(responseTimes);
    }

    /**
     * Where the file names parts of its playbook, so that what can only be checked once the
     * playbook is known is still reported at its line and column.
     *
     * @param playbook the value of {@code playbook:}, or null
     * @param steps the keys of {@code operator:}, by step id
     * @param responseSteps the step ids under {@code response_times:}
     */
    public record Positions(SourcePos playbook, Map<String, SourcePos> steps, Map<String, SourcePos> responseSteps) {

        public Positions {
            steps = Map.copyOf(steps);
            responseSteps = Map.copyOf(responseSteps);
        }
    }

    /** The key of {@code response_times:} that applies to every manual step not named there. */
    public static final String DEFAULT_RESPONSE = "default";
    /**
     * How long an on-call engineer takes to read a manual step, do it and confirm it, when the
     * scenario does not say: a drill's recovery time includes people.
     */
    public static final Timings.Range STANDARD_RESPONSE = new Timings.Range(java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(3));

    /** Nothing goes wrong: the world as its file declares it. */
    public static Scenario quiet(WorldChoice world) {
        return new Scenario("quiet", "nothing goes wrong", null, null, world, Map.of(), List.of(), Map.of(), List.of(), Map.of(), Map.of(),
                new Positions(null, Map.of(), Map.of()));
    }

    /** How long a person takes at manual step {@code step}. */
    public Timings.Range responseAt(String step) {
        return responseTimes.getOrDefault(step, responseTimes.getOrDefault(DEFAULT_RESPONSE, STANDARD_RESPONSE));
    }

    public List<OperatorEffect> operatorAt(String step) {
        return operator.getOrDefault(step, List.of());
    }
}
