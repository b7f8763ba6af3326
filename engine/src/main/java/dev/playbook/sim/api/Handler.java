package dev.playbook.sim.api;

/** Answers one kind of call. Runs under the world's lock at the caller's time, and must not sleep. */
@FunctionalInterface
interface Handler {

    Reply handle(Call call);
}
