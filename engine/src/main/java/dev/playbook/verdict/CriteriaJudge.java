package dev.playbook.verdict;

import dev.playbook.model.Criterion;
import dev.playbook.model.Durations;
import dev.playbook.model.Objectives;
import dev.playbook.model.Playbook;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunStatus;
import dev.playbook.run.StepStatus;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges a finished run: did it complete, were the objectives (RTO, RPO) met, and does each
 * declared criterion hold. Every line rests on a measurement; a line with none fails unless its
 * criterion says it may be absent, so no criterion passes vacuously.
 */
public final class CriteriaJudge {

    /** The names of the objectives' lines. */
    public static final String RECOVERED = "recovered within RTO";
    public static final String DATA_LOSS = "data loss within RPO";

    private CriteriaJudge() {
    }

    public static List<CriterionResult> judge(Playbook playbook, List<RunEvent> events, Evidence evidence) {
        RunWindows windows = new RunWindows(events);
        RunEvent.RunFinished run = events.stream().filter(RunEvent.RunFinished.class::isInstance).map(RunEvent.RunFinished.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the run has not finished"));
        List<CriterionResult> out = new ArrayList<>();
        out.add(completed(run));
        Objectives objectives = playbook.objectives();
        if (objectives != null && objectives.rto() != null) {
            out.add(rto(objectives.rto(), windows, evidence));
        }
        if (objectives != null && objectives.rpo() != null) {
            out.add(rpo(objectives.rpo(), evidence));
        }
        for (Criterion criterion : playbook.criteria()) {
            out.add(judge(criterion, windows, evidence));
        }
        return out;
    }

    private static CriterionResult completed(RunEvent.RunFinished run) {
        boolean ok = run.status() == RunStatus.SUCCEEDED;
        return CriterionResult.measured("playbook completed", "", run.status().label(), ok, ok ? "the run succeeded"
                : "the run " + run.status().label() + (run.failedStep() == null ? "" : " at " + run.failedStep())
                        + (run.reason() == null ? "" : ": " + run.reason()));
    }

    private static CriterionResult rto(Duration rto, RunWindows windows, Evidence evidence) {
        String name = RECOVERED;
        String limit = "≤ " + Durations.format(rto);
        Measure<Duration> m = evidence.recovery(windows.runStart(), windows.runEnd());
        if (!m.present()) {
            return CriterionResult.measured(name, "", "not restored", false, m.why() + " (RTO " + Durations.format(rto) + ")");
        }
        return CriterionResult.measured(name, limit, shown(m.value()), m.value().compareTo(rto) <= 0,
                m.detail() + " (" + Math.round(100.0 * m.value().toMillis() / Math.max(1, rto.toMillis())) + "% of the RTO)");
    }

    private static CriterionResult rpo(Duration rpo, Evidence evidence) {
        String name = DATA_LOSS;
        String limit = "≤ " + Durations.format(rpo);
        Measure<Duration> m = evidence.dataLoss();
        if (!m.present()) {
            return CriterionResult.notMeasured(name, limit, m.why(), false);
        }
        return CriterionResult.measured(name, limit, shown(m.value()), m.value().compareTo(rpo) <= 0, m.detail());
    }

    static CriterionResult judge(Criterion criterion, RunWindows windows, Evidence evidence) {
        if (criterion instanceof Criterion.TimeLimit t) {
            return timeLimit(t, windows);
        }
        if (criterion instanceof Criterion.StepsSucceeded s) {
            return steps(s, windows);
        }
        if (criterion instanceof Criterion.ErrorRate e) {
            return errorRate(e, windows, evidence);
        }
        return endState((Criterion.EndState) criterion, evidence);
    }

    private static CriterionResult timeLimit(Criterion.TimeLimit t, RunWindows windows) {
        String limit = "≤ " + Durations.format(t.limit());
        Measure<RunWindows.Span> span = windows.span(t.window());
        if (!span.present()) {
            return CriterionResult.notMeasured(t.title(), limit, span.why(), t.mayBeAbsent());
        }
        Duration took = span.value().length();
        return CriterionResult.measured(t.title(), limit, shown(took), took.compareTo(t.limit()) <= 0, t.window().describe());
    }

    private static CriterionResult steps(Criterion.StepsSucceeded s, RunWindows windows) {
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String step : s.steps()) {
            StepStatus status = windows.status(step);
            if (status == StepStatus.FAILED) {
                failed.add(step);
            } else if (status != StepStatus.SUCCEEDED) {
                missing.add(step + (status == StepStatus.SKIPPED ? " was skipped" : " did not run"));
            }
        }
        String limit = "of " + s.steps().size() + " succeeded";
        if (!failed.isEmpty()) {
            return CriterionResult.measured(s.title(), limit, String.valueOf(s.steps().size() - failed.size() - missing.size()), false,
                    "failed: " + String.join(", ", failed));
        }
        if (!missing.isEmpty()) {
            return CriterionResult.notMeasured(s.title(), limit, String.join("; ", missing), s.mayBeAbsent());
        }
        return CriterionResult.measured(s.title(), limit, String.valueOf(s.steps().size()), true, String.join(", ", s.steps()));
    }

    private static CriterionResult errorRate(Criterion.ErrorRate e, RunWindows windows, Evidence evidence) {
        String limit = "< " + percent(e.ceiling());
        Measure<RunWindows.Span> span = windows.span(e.window());
        if (!span.present()) {
            return CriterionResult.notMeasured(e.title(), limit, span.why(), e.mayBeAbsent());
        }
        Measure<Double> share = evidence.errorShare(span.value().from(), span.value().to());
        if (!share.present()) {
            return CriterionResult.notMeasured(e.title(), limit, share.why(), e.mayBeAbsent());
        }
        return CriterionResult.measured(e.title(), limit, percent(share.value()), share.value() < e.ceiling(),
                e.window().describe() + " (" + shown(span.value().length()) + ")" + (share.detail().isEmpty() ? "" : ": " + share.detail()));
    }

    private static CriterionResult endState(Criterion.EndState e, Evidence evidence) {
        Measure<Boolean> held = evidence.endState(e);
        if (!held.present()) {
            return CriterionResult.notMeasured(e.title(), "", held.why(), e.mayBeAbsent());
        }
        return CriterionResult.measured(e.title(), "", held.value() ? "holds" : "does not hold", held.value(), held.detail());
    }

    static String shown(Duration d) {
        return Durations.format(d.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code 0.31%}: two decimals, enough to tell 0.49% from 0.5%. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
