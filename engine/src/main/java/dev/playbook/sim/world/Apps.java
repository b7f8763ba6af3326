package dev.playbook.sim.world;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the application servers of each region send their queries: a database (by identifier,
 * which is how its endpoint name reads) and a cache. This is the application's configuration,
 * changed only by an operator (a scenario's {@code operator:} effects at manual steps), never by
 * an AWS call: launch-template UserData is stored, not interpreted.
 */
public final class Apps {

    /** One region's configuration. */
    public record Config(String databaseRegion, String database, String cache) {
    }

    private final Map<String, Config> configs = new LinkedHashMap<>();

    void set(String region, Config config) {
        configs.put(region, config);
    }

    public Config in(String region) {
        return configs.get(region);
    }

    /** Operator: point the region's servers at another database (new connection strings, servers rolled). */
    public void useDatabase(String region, String databaseRegion, String database) {
        Config old = configs.get(region);
        configs.put(region, new Config(databaseRegion, database, old.cache()));
    }

    /** Operator: point the region's servers at another cache (a replication group or a restored cluster). */
    public void useCache(String region, String cache) {
        Config old = configs.get(region);
        configs.put(region, new Config(old.databaseRegion(), old.database(), cache));
    }
}
