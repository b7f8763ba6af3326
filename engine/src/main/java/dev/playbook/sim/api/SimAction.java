package dev.playbook.sim.api;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Signature;
import dev.playbook.sim.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action name answered by the simulator. The world is consulted and changed at the moment
 * of the call, under its lock; the answer then takes its simulated time on the run's clock
 * ({@link ActionContext#sleep}), never the wall clock. A scenario stub that matches answers first.
 */
final class SimAction implements Action {

    private final String name;
    private final Handler handler;
    private final World world;
    private final List<Stub> stubs;
    private final Action real;

    /** {@code real} is the action this one stands in for (its signature and read-only flag), or null. */
    SimAction(String name, Handler handler, World world, List<Stub> stubs, Action real) {
        this.name = name;
        this.handler = handler;
        this.world = world;
        this.stubs = stubs;
        this.real = real;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Signature signature() {
        return real != null ? real.signature() : new Signature("Answered by a scenario stub.", List.of(), true, null);
    }

    @Override
    public boolean readOnly() {
        return real != null && real.readOnly();
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        for (Stub stub : stubs) {
            if (stub.matches(name, params)) {
                context.sleep(stub.delay());
                if (stub.fails()) {
                    throw new ActionException(stub.errorCode(), name + " failed: " + stub.errorCode() + ": " + stub.errorMessage()
                            + " (a stub of the scenario)", stub.retryable());
                }
                return copy(stub.result());
            }
        }
        Reply reply = world.at(context.now(), () -> handler.handle(new Call(name, context.region(), params, world)));
        context.sleep(reply.delay());
        if (reply.error() != null) {
            throw reply.error();
        }
        return reply.result();
    }

    /** Each call gets its own tree: a step's result must not change when another step's does. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }
}
