package dev.playbook.sim.scenario;

import dev.playbook.sim.world.AwsError;
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
                try {
                    fault.apply(world);
                } catch (AwsError gone) {
                    // The playbook got there first (deleted or renamed the target): the fault has
                    // nothing to hit, which is the drill's business, not the step that looks next.
                    world.note(WorldEvent.Kind.FAULT, "the fault had no effect: " + gone.getMessage());
                }
            });
        }
    }
}
