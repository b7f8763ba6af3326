package dev.playbook.sim.drill;

import dev.playbook.action.Action;
import dev.playbook.action.ActionRegistry;
import dev.playbook.run.RunEvent;
import dev.playbook.run.StepStatus;
import dev.playbook.sim.world.WorldEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drill's story in simulated time: faults and what the world did, merged with the run's
 * phases, the steps that changed something or waited for it, and failures. Reads and
 * notifications are left out; the live output and the journal have every step.
 */
final class Timeline {

    private Timeline() {
    }

    static List<DrillResult.Moment> of(List<RunEvent> run, List<WorldEvent> world, ActionRegistry registry) {
        Instant start = run.stream().filter(RunEvent.RunStarted.class::isInstance).map(RunEvent::at).findFirst().orElseThrow();
        List<Entry> entries = new ArrayList<>();
        for (WorldEvent e : world) {
            if (e.at().isBefore(start) && e.kind() != WorldEvent.Kind.FAULT) {
                continue;
            }
            String mark = switch (e.kind()) {
                case FAULT -> "⚡";
                case OPERATOR -> "✋";
                default -> "·";
            };
            entries.add(new Entry(e.at(), e.kind() == WorldEvent.Kind.FAULT ? 0 : 2, mark, e.text()));
        }
        Map<String, RunEvent.StepStarted> started = new HashMap<>();
        for (RunEvent e : run) {
            if (e instanceof RunEvent.PhaseStarted p) {
                entries.add(new Entry(p.at(), 1, "▶", "phase " + p.phase() + (p.title() == null ? "" : " — " + p.title())));
            } else if (e instanceof RunEvent.StepStarted s) {
                started.put(s.step(), s);
            } else if (e instanceof RunEvent.StepFinished f && shown(f, started.get(f.step()), registry)) {
                entries.add(new Entry(f.at(), 1, f.status() == StepStatus.SUCCEEDED ? "✓" : "✗", describe(f, started.get(f.step()))));
            } else if (e instanceof RunEvent.RollbackStarted r) {
                entries.add(new Entry(r.at(), 1, "↺", "rollback: " + r.cause()));
            } else if (e instanceof RunEvent.RunFinished f) {
                entries.add(new Entry(f.at(), 3, "■", "run " + f.status().label() + " after " + DrillReport.shown(f.elapsed())));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::rank));
        return entries.stream().map(e -> new DrillResult.Moment(Duration.between(start, e.at()), e.mark(), e.text())).toList();
    }

    /** Same instant: faults first, then the run, then the world's reactions; the end last. */
    private record Entry(Instant at, int rank, String mark, String text) {
    }

    private static boolean shown(RunEvent.StepFinished f, RunEvent.StepStarted s, ActionRegistry registry) {
        if (f.status() == StepStatus.FAILED) {
            return true;
        }
        if (f.status() == StepStatus.SKIPPED || s == null) {
            return false;
        }
        if (s.kind().equals("wait")) {
            return true;
        }
        if (s.action() == null || s.action().equals("notify") || s.action().equals("log")) {
            return false;
        }
        return !registry.find(s.action()).map(Action::readOnly).orElse(true);
    }

    private static String describe(RunEvent.StepFinished f, RunEvent.StepStarted s) {
        String what = f.step() + (s != null && s.action() != null ? " (" + s.action() + ")" : "");
        if (f.status() == StepStatus.FAILED) {
            return what + " failed: " + (f.errorCode() == null ? "" : f.errorCode() + ": ") + f.error();
        }
        return what + (s != null && s.kind().equals("wait") ? " — waited " + DrillReport.shown(f.duration()) : "");
    }
}
