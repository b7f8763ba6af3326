package dev.playbook.sim.health;

/**
 * What a region's application servers depend on, as they see it now: their database (reachable,
 * writable, data intact, in another region) and their cache (serving, hit rate 0..1).
 */
public record Backend(String database, String databaseRegion, boolean databaseReachable, boolean databaseWritable,
                      boolean dataCorrupted, boolean crossRegion, String cache, boolean cacheServing, double hitRate) {
}
