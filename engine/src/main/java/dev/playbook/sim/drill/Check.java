package dev.playbook.sim.drill;

/** One criterion of a drill's verdict, with what was observed. */
public record Check(String name, boolean passed, String detail) {
}
