package dev.playbook.sim.api;

import dev.playbook.sim.world.World;
import java.util.Map;

/** One call of a simulated action: its name, the step's region (null when the step names none) and parameters. */
record Call(String action, String region, Map<String, Object> params, World world) {

    Args args() {
        return new Args(params);
    }
}
