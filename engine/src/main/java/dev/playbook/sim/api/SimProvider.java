package dev.playbook.sim.api;

import dev.playbook.action.Action;
import dev.playbook.action.ActionException;
import dev.playbook.action.ActionProvider;
import dev.playbook.action.ActionRegistry;
import dev.playbook.sim.health.HealthHistory;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated world as actions: the {@code aws.*} operations it models, {@code http.get},
 * {@code http.request} and {@code shell}. Put in front of the real registry it owns the whole
 * {@code aws} namespace, so that nothing in a drill reaches AWS: an operation it does not model
 * fails with "not simulated: aws.x.y" unless a scenario stub answers for it. {@code notify}
 * speaks but calls no webhook; log and sleep stay the built-ins (sleep already runs on the run's
 * clock). Any other action runs as it is when it is read-only; a mutating one (a plugin's) is
 * replaced by the simulation it declares ({@link Action#simulation()}), or fails as not simulated.
 */
public final class SimProvider implements ActionProvider {

    /** The AWS services the simulator answers (a scenario may throttle these). */
    public static final List<String> SERVICES = List.of("autoscaling", "cloudwatch", "ec2", "elasticache", "elasticloadbalancingv2", "rds",
            "route53", "sns", "sts");

    private final World world;
    private final List<Stub> stubs;
    private final ActionRegistry real;
    private final Map<String, Handler> handlers = new LinkedHashMap<>();

    /** {@code real} supplies signatures and the names of AWS operations that exist but are not modelled. */
    public SimProvider(World world, HealthHistory history, List<Stub> stubs, ActionRegistry real) {
        this.world = world;
        this.stubs = List.copyOf(stubs);
        this.real = real;
        RdsApi.register(handlers);
        AutoScalingApi.register(handlers);
        Ec2Api.register(handlers);
        Route53Api.register(handlers);
        CloudWatchApi.register(handlers, history);
        ElastiCacheApi.register(handlers);
        ElbApi.register(handlers);
        NotificationApi.register(handlers);
        HttpApi.register(handlers);
        ShellApi.register(handlers);
    }

    @Override
    public String namespace() {
        return "aws";
    }

    /** The names the simulator models. */
    @Override
    public Collection<String> names() {
        return handlers.keySet();
    }

    @Override
    public Optional<Action> find(String name) {
        if (name.equals("notify")) {
            return real.find(name).map(DrillNotify::new);
        }
        Handler handler = handlers.get(name);
        Action stands = real.find(name).orElse(null);
        if (handler != null) {
            return Optional.of(new SimAction(name, handler, world, stubs, stands));
        }
        boolean stubbed = stubs.stream().anyMatch(s -> s.matches(name, Map.of()) || s.action().equals(name));
        if (name.startsWith("aws.") && stands != null || stubbed) {
            return Optional.of(new SimAction(name, call -> notSimulated(name), world, stubs, stands));
        }
        if (stands != null && stands.simulation().isPresent()) {
            return stands.simulation();
        }
        if (stands != null && !stands.readOnly()) {
            // A plugin's action that declared no simulation: it would change something real.
            return Optional.of(new SimAction(name, call -> notSimulated(name), world, stubs, stands));
        }
        return Optional.empty();
    }

    private static Reply notSimulated(String name) {
        return Reply.failure(Duration.ZERO, new ActionException("NotSimulated", "not simulated: " + name
                + "; the simulated world does not model this operation. Give the scenario a stub for it:"
                + " stubs: [{action: " + name + ", result: {...}}] (docs/simulator.md, Stubs)", false));
    }
}
