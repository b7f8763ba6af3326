package dev.playbook.sim.world;

import java.time.Instant;

/** Something that happened in the world by itself or as a consequence of a call, for the drill's timeline. */
public record WorldEvent(Instant at, Kind kind, String text) {

    public enum Kind { FAULT, CHANGE, OPERATOR }
}
