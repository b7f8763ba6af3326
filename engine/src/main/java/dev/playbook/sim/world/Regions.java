package dev.playbook.sim.world;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The two regions of the seed runbook and which of them is down. Other regions exist but hold nothing. */
public final class Regions {

    public static final String PRIMARY = "us-east-1";
    public static final String SECONDARY = "us-west-2";
    public static final List<String> MODELLED = List.of(PRIMARY, SECONDARY);

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
