package dev.playbook.cli;

import dev.playbook.diag.Style;
import dev.playbook.model.Playbook;
import dev.playbook.run.EventSink;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunStatus;
import dev.playbook.verdict.CriteriaJudge;
import dev.playbook.verdict.CriterionResult;
import dev.playbook.verdict.EndStateChecks;
import dev.playbook.verdict.RealEvidence;
import dev.playbook.verdict.Verdict;
import dev.playbook.verdict.VerdictTable;
import java.io.PrintWriter;
import java.util.List;

/**
 * The verdict of a real run, on the same criteria as a drill: what a real run can measure is
 * measured (completion, the RTO by the run's end, time limits, steps, end-state checks polled
 * against the real actions); the rest is reported as not measured. Every line goes to the
 * journal as a {@code criterion_judged} event.
 */
final class RunVerdict {

    private RunVerdict() {
    }

    /** Whether the playbook declares anything a verdict would judge beyond completion. */
    static boolean declared(Playbook playbook) {
        return playbook.objectives() != null || !playbook.criteria().isEmpty();
    }

    static Verdict judge(RunSession.Setup setup, List<RunEvent> events, RunStatus status, EventSink sink) {
        EndStateChecks checks = new EndStateChecks(setup.playbook(), setup.registry(), setup.clock(), setup.inputs(), setup.options());
        Verdict verdict = Verdict.of(CriteriaJudge.judge(setup.playbook(), events, new RealEvidence(status, checks)));
        for (CriterionResult line : verdict.results()) {
            sink.accept(new RunEvent.CriterionJudged(setup.clock().now(), line.name(), line.limit(), line.measured(), line.passed(), line.detail()));
        }
        return verdict;
    }

    /**
     * The table, then PASS, FAIL (a measured line failed) or NOT VERIFIED (only lines a real run
     * cannot measure are missing). The run's exit code stays that of the run.
     */
    static void print(PrintWriter out, Style style, Verdict verdict) {
        out.println();
        out.println(style.bold("Criteria"));
        VerdictTable.print(out, style, verdict);
        List<CriterionResult> failed = verdict.failures();
        if (failed.isEmpty()) {
            out.println(style.green("Verdict: PASS") + " — every criterion met");
        } else if (failed.stream().allMatch(r -> !r.wasMeasured())) {
            out.println(style.yellow("Verdict: NOT VERIFIED") + " — " + failed.size() + " criteria cannot be measured in a real run: "
                    + String.join("; ", failed.stream().map(CriterionResult::name).toList()) + " (rehearse with playbook drill)");
        } else {
            out.println(style.red("Verdict: FAIL") + " — " + String.join("; ", failed.stream().filter(CriterionResult::wasMeasured)
                    .map(CriterionResult::name).toList()));
        }
    }
}
