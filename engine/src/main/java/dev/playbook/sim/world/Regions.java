package dev.playbook.sim.world;

import java.util.Set;
import java.util.TreeSet;

/** Which regions are down. Every region exists; those the world file does not list hold nothing. */
public final class Regions {

    private final Set<String> down = new TreeSet<>();

    public boolean up(String region) {
        return !down.contains(region);
    }

    /** Fault: every service of the region stops answering. */
    public void outage(String region) {
        down.add(region);
    }

    public void recover(String region) {
        down.remove(region);
    }
}
