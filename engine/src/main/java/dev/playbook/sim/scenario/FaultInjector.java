package dev.playbook.sim.scenario;

import dev.playbook.sim.world.World;
import dev.playbook.sim.world.WorldEvent;
import java.time.Instant;

/** Puts a scenario's faults on the world's timeline, each at its time relative to the start of the run. */
public final class FaultInjector {

    private FaultInjector() {
    }

    public static void inject(World world, Instant runStart, Scenario scenario) {
        for (Fault fault : scenario.faults()) {
            world.schedule(runStart.plus(fault.at()), () -> {
                world.note(WorldEvent.Kind.FAULT, fault.describe());
                fault.apply(world);
            });
        }
    }
}
