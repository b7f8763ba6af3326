package dev.playbook.action.builtin;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Param;
import dev.playbook.action.Signature;
import dev.playbook.model.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Waits a fixed time on the run's clock (virtual in drills). */
final class SleepAction implements Action {

    @Override
    public String name() {
        return "sleep";
    }

    @Override
    public Signature signature() {
        return new Signature("Wait a fixed time, e.g. for DNS caches to expire.",
                List.of(Param.required("duration", "duration", "How long, e.g. 30s.")));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        Params p = new Params(name(), params);
        Duration duration = p.duration("duration", null);
        if (duration == null) {
            throw p.invalid("duration", "is required");
        }
        context.sleep(duration);
        return Map.of("slept", Durations.format(duration));
    }
}
