package dev.playbook.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one run in the order they were accepted, kept for what reads the run once it has
 * ended (the verdict, the timeline). Appending is constant time: a copy-on-write list copied the
 * whole run on every event, which made a long run quadratic.
 */
public final class RecordedEvents implements EventSink {

    private final List<RunEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(RunEvent event) {
        events.add(event);
    }

    /** What has been recorded so far, as a list that later events do not change. */
    public synchronized List<RunEvent> list() {
        return List.copyOf(events);
    }
}
