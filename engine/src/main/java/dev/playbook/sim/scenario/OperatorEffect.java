package dev.playbook.sim.scenario;

import dev.playbook.sim.world.World;

/**
 * What the operator does in the world when a manual step is approved. A drill has no person to
 * update connection strings or roll servers, so the scenario says what that work amounts to.
 */
public sealed interface OperatorEffect {

    String describe();

    void apply(World world);

    /** The region's application servers get new connection strings for {@code database} and are rolled. */
    record UseDatabase(String region, String databaseRegion, String database) implements OperatorEffect {
        public String describe() {
            return "application servers in " + region + " now use database " + database + " (" + databaseRegion + ")";
        }

        public void apply(World world) {
            world.apps().useDatabase(region, databaseRegion, database);
        }
    }

    /** The region's application servers are pointed at another cache. */
    record UseCache(String region, String cache) implements OperatorEffect {
        public String describe() {
            return "application servers in " + region + " now use cache " + cache;
        }

        public void apply(World world) {
            world.apps().useCache(region, cache);
        }
    }
}
