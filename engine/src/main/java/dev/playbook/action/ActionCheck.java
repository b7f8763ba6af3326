package dev.playbook.action;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Suggest;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every action a playbook calls against the registry, offline: unknown actions (with
 * did-you-mean), unknown parameters and missing required ones — before a run, not at step 14.
 */
public final class ActionCheck {

    private ActionCheck() {
    }

    public static List<Diagnostic> check(Playbook playbook, ActionRegistry registry) {
        List<Diagnostic> out = new ArrayList<>();
        for (Step step : playbook.allSteps()) {
            ActionCall call = Steps.call(step);
            if (call == null || call.action() == null) {
                continue;
            }
            Optional<Action> action = registry.find(call.action());
            if (action.isEmpty()) {
                out.add(Diagnostic.error(call.actionPos(), "unknown-action", registry.unknownMessage(call.action()),
                        "`playbook actions` lists the available actions"));
                continue;
            }
            checkParams(call, action.get().signature(), out);
        }
        return out;
    }

    private static void checkParams(ActionCall call, Signature signature, List<Diagnostic> out) {
        List<String> names = signature.params().stream().map(Param::name).toList();
        if (call.with() != null && !signature.openParams()) {
            for (Value.Entry entry : call.with().entries()) {
                if (signature.param(entry.key()).isEmpty()) {
                    out.add(Diagnostic.error(entry.keyPos(), "unknown-parameter",
                            "`" + call.action() + "` has no parameter `" + entry.key() + "`" + Suggest.didYouMean(entry.key(), names),
                            names.isEmpty() ? "it takes no parameters" : "parameters: " + String.join(", ", names)));
                }
            }
        }
        for (Param param : signature.params()) {
            if (param.required() && (call.with() == null || call.with().get(param.name()) == null)) {
                out.add(Diagnostic.error(call.with() == null ? call.actionPos() : call.with().pos(), "missing-parameter",
                        "`" + call.action() + "` needs `" + param.name() + "`", param.description()));
            }
        }
    }
}
