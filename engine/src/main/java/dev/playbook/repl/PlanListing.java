package dev.playbook.repl;

import dev.playbook.model.Durations;
import dev.playbook.model.Phase;
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.run.Executor;
import dev.playbook.run.StepRecord;
import java.util.ArrayList;
import java.util.List;

/** The debugger's {@code list}: the plan with what has happened to each step. */
final class PlanListing {

    private final Executor executor;
    private final Step next;

    PlanListing(Executor executor, Step next) {
        this.executor = executor;
        this.next = next;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Phase phase : executor.playbook().phases()) {
            out.add(phase.id() + (phase.budget() == null ? "" : "  (budget " + Durations.format(phase.budget()) + ")"));
            for (Step step : phase.steps()) {
                out.add(line(step, "  "));
                step.branches().forEach(b -> out.add(line(b, "      ")));
            }
        }
        return out;
    }

    private String line(Step step, String indent) {
        StepRecord record = executor.record(step.id());
        String mark = step == next ? "▶" : record == null ? " " : switch (record.status()) {
            case SUCCEEDED -> "✓";
            case FAILED -> "✗";
            case SKIPPED -> "⏭";
        };
        var call = Steps.call(step);
        String what = call != null ? call.action() : step.kind();
        String duration = record == null ? "" : "  " + Durations.format(record.duration());
        return indent + mark + " " + step.id() + "  " + what + duration;
    }
}
