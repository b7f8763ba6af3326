package dev.playbook.sim.scenario;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Diagnostics;
import dev.playbook.diag.PlaybookException;
import dev.playbook.diag.Suggest;
import dev.playbook.model.ManualStep;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a scenario can only be checked against once it meets its playbook, which the loader does
 * not see: a scenario written for another playbook, and operator effects under step ids where no
 * manual step is. Such an effect never happens, and the drill then fails for no visible reason.
 */
final class PlaybookFit {

    static final String ID = "scenario-playbook";

    private PlaybookFit() {
    }

    /**
     * Throws {@link PlaybookException} with every mismatch, at its position in the scenario file.
     * {@code alternatives} are the scenario files written for this playbook, for the hint.
     */
    static void check(Scenario scenario, Playbook playbook, Supplier<List<String>> alternatives) {
        String name = playbook.metadata().name();
        if (scenario.playbook() != null && !scenario.playbook().equals(name)) {
            // Its operator effects name another playbook's steps: reporting each of them would only be noise.
            List<String> others = alternatives.get();
            throw new PlaybookException(Diagnostic.error(scenario.positions().playbook(), ID,
                    "scenario " + scenario.name() + " is for playbook `" + scenario.playbook() + "`, not `" + name + "`",
                    "this scenario is for playbook " + scenario.playbook() + "; drop --scenario" + (others.isEmpty()
                            ? " to drill the quiet world (no scenario under scenarios/ names " + name + ")"
                            : " or pick " + String.join(" or ", others))));
        }
        List<String> ids = playbook.allSteps().stream().map(Step::id).toList();
        List<String> manual = playbook.allSteps().stream().filter(ManualStep.class::isInstance).map(Step::id).toList();
        String hint = "operator effects apply when a manual step is approved; manual steps of " + name + ": "
                + (manual.isEmpty() ? "none" : String.join(", ", manual));
        Diagnostics diagnostics = new Diagnostics();
        scenario.positions().steps().forEach((step, pos) -> {
            if (!ids.contains(step)) {
                diagnostics.error(pos, ID, "playbook " + name + " has no step `" + step + "`" + Suggest.didYouMean(step, ids), hint);
            } else if (!manual.contains(step)) {
                diagnostics.error(pos, ID, "step `" + step + "` of " + name + " is not a manual step, so its operator effects never happen", hint);
            }
        });
        scenario.positions().responseSteps().forEach((step, pos) -> {
            if (!manual.contains(step)) {
                diagnostics.error(pos, ID, (ids.contains(step) ? "step `" + step + "` of " + name + " is not a manual step"
                                : "playbook " + name + " has no step `" + step + "`" + Suggest.didYouMean(step, ids))
                                + ", so a response time for it never applies",
                        "response times apply to manual steps; manual steps of " + name + ": " + (manual.isEmpty() ? "none" : String.join(", ", manual)));
            }
        });
        if (diagnostics.hasErrors()) {
            throw new PlaybookException(diagnostics.sorted());
        }
    }
}
