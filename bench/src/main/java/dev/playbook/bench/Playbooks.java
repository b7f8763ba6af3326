package dev.playbook.bench;

import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.StepCommon;
import java.util.ArrayList;
import java.util.List;

/** Playbooks the benchmarks run, loaded by the real loader. */
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
}
