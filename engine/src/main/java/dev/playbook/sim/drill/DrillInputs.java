package dev.playbook.sim.drill;

import dev.playbook.load.InputBinder;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import dev.playbook.sim.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs a drill runs with: the scenario's, then the command line's on top. A required
 * secret nobody gave (a database password) gets a placeholder: nothing in the simulated world
 * checks credentials, and a drill should not need real ones.
 */
public final class DrillInputs {

    public static final String SECRET_PLACEHOLDER = "simulated-secret";

    private DrillInputs() {
    }

    /** Throws IllegalArgumentException for an unknown or ill-typed input, naming the scenario when it gave it. */
    public static InputBinder.Bound bind(Playbook playbook, Scenario scenario, List<String> commandLine) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : scenario.inputs().entrySet()) {
            if (!playbook.inputs().containsKey(input.getKey())) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " sets input `" + input.getKey() + "`, which "
                        + playbook.metadata().name() + " does not declare");
            }
            given.put(input.getKey(), input.getValue());
        }
        given.putAll(InputBinder.pairs(commandLine));
        for (Input input : playbook.inputs().values()) {
            if (input.secret() && input.required() && input.defaultValue() == null && !given.containsKey(input.name())) {
                given.put(input.name(), SECRET_PLACEHOLDER);
            }
        }
        return InputBinder.bind(playbook, given);
    }
}
