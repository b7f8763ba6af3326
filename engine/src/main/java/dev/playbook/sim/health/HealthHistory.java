package dev.playbook.sim.health;

import dev.playbook.sim.world.World;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readings over time. The world's state only changes at discrete moments, so keeping a reading
 * whenever it differs from the last one gives metrics for any past window exactly.
 */
public final class HealthHistory {

    private final TreeMap<Instant, Reading> readings = new TreeMap<>();

    /** A history that follows {@code world} from now on. */
    public static HealthHistory follow(World world) {
        HealthHistory history = new HealthHistory();
        history.record(world.now(), Reading.of(world));
        world.observe(() -> history.record(world.now(), Reading.of(world)));
        return history;
    }

    synchronized void record(Instant at, Reading reading) {
        Map.Entry<Instant, Reading> last = readings.lastEntry();
        if (last == null || !last.getValue().equals(reading)) {
            readings.put(at, reading);
        }
    }

    /** The reading in force at {@code at}; the first one for times before the history starts. */
    synchronized Reading at(Instant at) {
        Map.Entry<Instant, Reading> entry = readings.floorEntry(at);
        return entry != null ? entry.getValue() : readings.firstEntry().getValue();
    }
}
