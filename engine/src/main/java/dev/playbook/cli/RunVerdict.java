package dev.playbook.cli;

import dev.playbook.diag.Style;
import dev.playbook.model.Playbook;
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
 * against the real actions); the rest is reported as not measured. The verdict goes to the
 * journal and the JSON output as the run's last event ({@link RunEvent.Verdict}).
 */
final class RunVerdict {

    private RunVerdict() {
    }

    /** Whether the playbook declares anything a verdict would judge beyond completion. */
    static boolean declared(Playbook playbook) {
        return playbook.objectives() != null || !playbook.criteria().isEmpty();
    }

    /** The verdict of a real run, or null when the playbook declares nothing to judge. */
    static Verdict judge(RunSession.Setup setup, List<RunEvent> events, RunStatus status) {
        if (!declared(setup.playbook())) {
            return null;
        }
        EndStateChecks checks = new EndStateChecks(setup.playbook(), setup.registry(), setup.clock(), setup.inputs(), setup.options());
        return Verdict.of(CriteriaJudge.judge(setup.playbook(), events, new RealEvidence(status, checks)));
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
        Verdict.Outcome outcome = verdict.outcome(true);
        if (outcome == Verdict.Outcome.PASS) {
            out.println(style.green("Verdict: PASS") + " — every criterion met");
        } else if (outcome == Verdict.Outcome.NOT_VERIFIED) {
            out.println(style.yellow("Verdict: NOT VERIFIED") + " — " + failed.size() + " criteria cannot be measured in a real run: "
                    + String.join("; ", failed.stream().map(CriterionResult::name).toList()) + " (rehearse with playbook drill)");
        } else {
            out.println(style.red("Verdict: FAIL") + " — " + String.join("; ", failed.stream().filter(CriterionResult::wasMeasured)
                    .map(CriterionResult::name).toList()));
        }
    }
}
