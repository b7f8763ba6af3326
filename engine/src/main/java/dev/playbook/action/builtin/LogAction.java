package dev.playbook.action.builtin;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Param;
import dev.playbook.action.Signature;
import java.util.List;
import java.util.Map;

/** Writes a line to the run's output and journal. */
final class LogAction implements Action {

    @Override
    public String name() {
        return "log";
    }

    @Override
    public Signature signature() {
        return new Signature("Write a message to the run's output and journal.",
                List.of(Param.required("message", "string", "The text; may use ${...}.")));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException {
        String message = new Params(name(), params).string("message", true);
        context.say("log", message);
        return Map.of("message", message);
    }
}
