package dev.playbook.report;

import dev.playbook.model.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The summary lines every format starts with, and the T+ offsets the timeline uses. */
final class Facts {

    record Fact(String label, String value) {
    }

    private Facts() {
    }

    static List<Fact> of(RunReport r) {
        List<Fact> out = new ArrayList<>();
        out.add(new Fact("Playbook", r.playbook() + " (" + r.file() + ")"));
        out.add(new Fact("Run", r.runId() + (r.simulated() ? " (simulated drill)" : "")));
        out.add(new Fact("Started", r.started() + (r.startedBy() == null ? "" : " by " + r.startedBy())));
        for (RunReport.Resume resume : r.resumes()) {
            out.add(new Fact("Resumed", offset(resume.at()) + (resume.by() == null ? "" : " by " + resume.by())));
        }
        out.add(new Fact("Outcome", r.status().replace('_', ' ') + (r.elapsed() == null ? "" : " after " + Durations.format(r.elapsed()))));
        out.add(new Fact("RTO", r.rtoVerdict()));
        out.add(new Fact("RPO", r.rpo() == null ? "no RPO declared" : Durations.format(r.rpo()) + " declared; data loss is not measured by a run"));
        return out;
    }

    /** {@code T+01:02:03}, as in the runbook's communication timeline. */
    static String offset(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.max(0, d.getSeconds());
        return String.format("T+%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    static String duration(Duration start, Duration end) {
        return start == null || end == null ? "" : Durations.format(end.minus(start));
    }
}
