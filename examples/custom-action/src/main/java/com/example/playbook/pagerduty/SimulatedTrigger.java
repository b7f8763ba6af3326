package com.example.playbook.pagerduty;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Signature;
import java.util.Map;

/** What {@code pagerduty.trigger} does in a drill: checks the event and answers as PagerDuty does, calling nothing. */
final class SimulatedTrigger implements Action {

    private final TriggerAction real;

    SimulatedTrigger(TriggerAction real) {
        this.real = real;
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public Signature signature() {
        return real.signature();
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException {
        Map<String, Object> event = TriggerAction.event(context, params);
        context.say("pagerduty", "drill: would page " + event.get("dedup_key") + " (nobody is paged)");
        return Map.of("status", "success", "message", "Event processed", "dedup_key", event.get("dedup_key"));
    }
}
