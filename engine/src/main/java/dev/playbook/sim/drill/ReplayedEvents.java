package dev.playbook.sim.drill;

import dev.playbook.run.EventSink;
import dev.playbook.run.RunEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events a drill's verdict judges when its run was resumed: the replay's up to where the
 * crashed run stopped, then the resumed run's, as if it had never stopped. The replay's own end
 * (the phase it left and its {@code run_finished}) and the resumed run's second start of the run
 * and of the phase in progress are not part of the run the verdict judges.
 */
public final class ReplayedEvents {

    private final EventSink recorder;
    private final List<RunEvent> replayed = new ArrayList<>();
    private final Set<String> phasesStarted = new HashSet<>();

    public ReplayedEvents(EventSink recorder) {
        this.recorder = recorder;
    }

    /** Where the replay writes; nothing reaches the recorder until {@link #replayEnded}. */
    public EventSink replay() {
        return replayed::add;
    }

    /** Hands the replay's events to the recorder, without the end it reached by stopping. */
    public void replayEnded(boolean stoppedAtCrash) {
        int end = replayed.size();
        if (end > 0 && replayed.get(end - 1) instanceof RunEvent.RunFinished) {
            end--;
            if (stoppedAtCrash && end > 0 && replayed.get(end - 1) instanceof RunEvent.PhaseFinished left && !left.ok()) {
                end--;
            }
        }
        for (RunEvent event : replayed.subList(0, end)) {
            if (event instanceof RunEvent.PhaseStarted started) {
                phasesStarted.add(started.phase());
            }
            recorder.accept(event);
        }
    }

    /** Where the resumed run writes, besides its journal and console. */
    public EventSink resumed() {
        return event -> {
            if (event instanceof RunEvent.RunStarted) {
                return;
            }
            if (event instanceof RunEvent.PhaseStarted started && !phasesStarted.add(started.phase())) {
                return;
            }
            recorder.accept(event);
        };
    }
}
