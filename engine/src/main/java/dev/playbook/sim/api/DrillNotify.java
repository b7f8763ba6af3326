package dev.playbook.sim.api;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Signature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code notify} in a drill: the message is shown and journalled as in a real run, but a webhook
 * is not called — a rehearsal must not post "we are failing over" to the incident channel. The
 * result has the real action's shape, the webhook answering 200.
 */
final class DrillNotify implements Action {

    private final Action real;

    DrillNotify(Action real) {
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
        return real.readOnly();
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        Map<String, Object> withoutWebhook = new LinkedHashMap<>(params);
        Object webhook = withoutWebhook.remove("webhook");
        Object answer = real.call(context, withoutWebhook);
        if (webhook == null || !(answer instanceof Map<?, ?> result)) {
            return answer;
        }
        context.say("simulator", "webhook " + webhook + " not called in a drill");
        Map<String, Object> simulated = new LinkedHashMap<>();
        result.forEach((key, value) -> simulated.put(String.valueOf(key), value));
        simulated.put("webhook_status", 200L);
        return simulated;
    }
}
