package dev.playbook.sim.world;

/** The world a drill runs in and how it was chosen, as {@code world: NAME (how)} tells the operator. */
public record WorldChoice(WorldFile file, String how) {
}
