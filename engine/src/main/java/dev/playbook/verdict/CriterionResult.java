package dev.playbook.verdict;

/**
 * One line of a verdict: what is required ({@code limit}, such as {@code ≤ 1h} or {@code < 0.5%}),
 * what was measured ({@code measured}, such as {@code 47m12s}; null when nothing could be
 * measured), whether the line holds, and what the measurement rests on.
 */
public record CriterionResult(String name, String limit, String measured, boolean passed, String detail) {

    public static CriterionResult measured(String name, String limit, String measured, boolean passed, String detail) {
        return new CriterionResult(name, limit, measured, passed, detail);
    }

    /** Nothing could be measured: it fails unless the criterion allows being absent. */
    public static CriterionResult notMeasured(String name, String limit, String why, boolean mayBeAbsent) {
        return new CriterionResult(name, limit, null, mayBeAbsent, why + (mayBeAbsent ? " (allowed: may_be_absent)" : ""));
    }

    /** The line as the verdict event carries it. */
    public dev.playbook.run.RunEvent.Verdict.Criterion line() {
        return new dev.playbook.run.RunEvent.Verdict.Criterion(name, limit, measured, passed ? "pass" : "fail", detail);
    }

    public boolean wasMeasured() {
        return measured != null;
    }

    /** {@code 47m12s ≤ 1h}, or {@code not measured}. */
    public String reading() {
        if (!wasMeasured()) {
            return "not measured";
        }
        return limit == null || limit.isEmpty() ? measured : measured + " " + limit;
    }
}
