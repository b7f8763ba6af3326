package dev.playbook.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a run's Gantt chart, shared by the HTML and Markdown reports: each phase (with its
 * budget), then its steps, then the rollback steps; times are offsets from the run's start.
 */
record Gantt(List<Row> rows, Duration scale, Duration rto) {

    /** A bar from {@code start} to {@code end}; {@code budget} only for phases. */
    record Row(String label, String section, boolean phase, Duration start, Duration end, Duration budget, String status) {
    }

    static Gantt of(RunReport report) {
        List<Row> rows = new ArrayList<>();
        Duration scale = report.span();
        for (RunReport.PhaseRow p : report.phases()) {
            Duration end = p.end() != null ? p.end() : lastEnd(report, p.id(), p.start());
            rows.add(new Row(p.id(), p.id(), true, p.start(), end, p.budget(), p.overBudget() ? "over_budget" : "phase"));
            scale = max(scale, end);
            if (p.budget() != null) {
                scale = max(scale, p.start().plus(p.budget()));
            }
            for (RunReport.StepRow s : report.steps()) {
                if (s.phase().equals(p.id())) {
                    rows.add(step(s, report));
                }
            }
        }
        for (RunReport.StepRow s : report.steps()) {
            if ("rollback".equals(s.phase())) {
                rows.add(step(s, report));
            }
        }
        if (report.rto() != null) {
            scale = max(scale, report.rto());
        }
        return new Gantt(rows, scale.isZero() ? Duration.ofSeconds(1) : scale, report.rto());
    }

    private static Row step(RunReport.StepRow s, RunReport report) {
        return new Row(s.id(), s.phase(), false, s.start(), s.end() != null ? s.end() : report.span(), null, s.status());
    }

    private static Duration lastEnd(RunReport report, String phase, Duration start) {
        Duration end = start;
        for (RunReport.StepRow s : report.steps()) {
            if (s.phase().equals(phase)) {
                end = max(end, s.end() != null ? s.end() : report.span());
            }
        }
        return end;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
