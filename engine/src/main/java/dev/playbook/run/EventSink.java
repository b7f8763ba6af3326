package dev.playbook.run;

import java.util.List;

/** Receives run events; called from the executor's threads, one event at a time. */
@FunctionalInterface
public interface EventSink {

    void accept(RunEvent event);

    /**
     * Called before a mutating call goes out: everything accepted so far must survive a crash
     * before the executor goes on. Only a sink that keeps a durable record has work to do.
     */
    default void durable() {
    }

    /** Sends each event to every sink, in order, one event at a time across threads. */
    static EventSink all(List<EventSink> sinks) {
        List<EventSink> copy = List.copyOf(sinks);
        return new EventSink() {
            @Override
            public synchronized void accept(RunEvent event) {
                copy.forEach(s -> s.accept(event));
            }

            @Override
            public synchronized void durable() {
                copy.forEach(EventSink::durable);
            }
        };
    }
}
