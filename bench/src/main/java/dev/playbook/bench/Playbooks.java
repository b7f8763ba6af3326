package dev.playbook.bench;

import dev.playbook.action.ActionRegistry;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.StepCommon;
import dev.playbook.run.Approver;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunOptions;
import dev.playbook.run.RunResult;
import dev.playbook.run.RunStatus;
import dev.playbook.run.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Playbooks the benchmarks run, loaded by the real loader, and how they run them. */
final class Playbooks {

    private Playbooks() {
    }

    static Playbook load(String yaml) {
        LoadResult loaded = PlaybookLoader.load("bench.yaml", yaml);
        if (!loaded.ok()) {
            throw new IllegalStateException("benchmark playbook does not load: " + loaded.diagnostics());
        }
        return loaded.playbook();
    }

    /**
     * One phase of {@code n} {@code log} steps with distinct ids. The loader's node limit keeps a
     * file well under 40,000 steps, so one loaded step is copied under new ids.
     */
    static Playbook logSteps(int n) {
        Playbook one = load("""
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: bench-log-steps}
                phases:
                  - id: main
                    steps:
                      - {id: s, action: log, with: {message: "step ${run.elapsed}"}}
                """);
        Phase phase = one.phases().get(0);
        ActionStep template = (ActionStep) phase.steps().get(0);
        StepCommon c = template.common();
        List<Step> steps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StepCommon common = new StepCommon("s" + i, c.idPos(), c.title(), c.description(), c.when(), c.timeout(), c.retry(),
                    c.onFailure(), c.region(), c.pos());
            steps.add(new ActionStep(common, template.call(), template.expect()));
        }
        return new Playbook(one.file(), one.apiVersion(), one.metadata(), one.objectives(), one.criteria(), one.inputs(), one.vars(), one.defaults(),
                List.of(new Phase(phase.id(), phase.title(), phase.description(), phase.budget(), steps, phase.pos())), one.rollback());
    }

    /** Runs a playbook on a fresh virtual clock, events dropped; a run that does not succeed is a broken benchmark. */
    static RunResult run(Playbook playbook, ActionRegistry registry) {
        Executor executor = new Executor(playbook, registry, new VirtualClock(Instant.parse("2026-01-05T02:00:00Z")), event -> { },
                Approver.of(false, Set.of(), null), new RunOptions("bench", null, null, 1L, true), Redactor.forInputs(playbook, Map.of()));
        RunResult result = executor.run(Map.of());
        if (result.status() != RunStatus.SUCCEEDED) {
            throw new IllegalStateException("the benchmark run did not succeed: " + result.reason());
        }
        return result;
    }
}
