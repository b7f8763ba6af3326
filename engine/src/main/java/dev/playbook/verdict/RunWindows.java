package dev.playbook.verdict;

import dev.playbook.model.Criterion;
import dev.playbook.run.RunEvent;
import dev.playbook.run.StepStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where phases and steps began and ended in a run, read from its events. */
final class RunWindows {

    /** A window of the run: when it began and ended. */
    record Span(Instant from, Instant to) {

        java.time.Duration length() {
            return java.time.Duration.between(from, to);
        }
    }

    private final Instant runStart;
    private final Instant runEnd;
    private final Map<String, Instant> phaseStarts = new HashMap<>();
    private final Map<String, Instant> phaseEnds = new HashMap<>();
    private final Map<String, Instant> stepStarts = new HashMap<>();
    private final Map<String, RunEvent.StepFinished> stepEnds = new HashMap<>();

    RunWindows(List<RunEvent> events) {
        Instant start = null;
        Instant end = null;
        for (RunEvent e : events) {
            if (e instanceof RunEvent.RunStarted s) {
                start = s.at();
            } else if (e instanceof RunEvent.RunFinished f) {
                end = f.at();
            } else if (e instanceof RunEvent.PhaseStarted p) {
                phaseStarts.putIfAbsent(p.phase(), p.at());
            } else if (e instanceof RunEvent.PhaseFinished p) {
                phaseEnds.put(p.phase(), p.at());
            } else if (e instanceof RunEvent.StepStarted s) {
                stepStarts.putIfAbsent(s.step(), s.at());
            } else if (e instanceof RunEvent.StepFinished f) {
                stepEnds.put(f.step(), f);
            }
        }
        this.runStart = start;
        this.runEnd = end;
    }

    Instant runStart() {
        return runStart;
    }

    Instant runEnd() {
        return runEnd;
    }

    /** The step's last outcome, or null when it never finished (nor was skipped). */
    StepStatus status(String step) {
        RunEvent.StepFinished f = stepEnds.get(step);
        return f == null ? null : f.status();
    }

    /** The window's span, or an explanation of why the run has none. */
    Measure<Span> span(Criterion.Window window) {
        if (window.wholeRun()) {
            return runStart == null || runEnd == null ? Measure.absent("the run did not finish") : Measure.of(new Span(runStart, runEnd), "");
        }
        if (window.phase() != null) {
            Instant from = phaseStarts.get(window.phase());
            Instant to = phaseEnds.get(window.phase());
            if (from == null) {
                return Measure.absent("phase " + window.phase() + " did not run");
            }
            return to == null ? Measure.absent("phase " + window.phase() + " did not finish") : Measure.of(new Span(from, to), "");
        }
        if (runStart == null || runEnd == null) {
            return Measure.absent("the run did not finish");
        }
        Instant from = runStart;
        if (window.from() != null) {
            if (status(window.from()) == StepStatus.SKIPPED) {
                return Measure.absent("step " + window.from() + " was skipped");
            }
            from = stepStarts.get(window.from());
            if (from == null) {
                return Measure.absent("step " + window.from() + " did not run");
            }
        }
        Instant to = runEnd;
        if (window.to() != null) {
            RunEvent.StepFinished end = stepEnds.get(window.to());
            if (end == null || end.status() == StepStatus.SKIPPED || end.at().isBefore(from)) {
                return Measure.absent("step " + window.to() + (end != null && end.status() == StepStatus.SKIPPED ? " was skipped" : " did not run"));
            }
            to = end.at();
        }
        return Measure.of(new Span(from, to), "");
    }
}
