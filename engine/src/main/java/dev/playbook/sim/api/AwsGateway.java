package dev.playbook.sim.api;

import dev.playbook.action.ActionException;
import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

/**
 * What stands between a playbook and a simulated AWS operation, as between it and AWS: the
 * step's region (the world's first region when it names none), a region that does not answer, throttling
 * that the SDK retries three times with backoff before giving up, the call's round trip, and
 * errors reported the way the real binding reports them.
 */
final class AwsGateway {

    /** Services with a global endpoint: a regional outage does not stop them. */
    private static final Set<String> GLOBAL = Set.of("route53", "sts");
    private static final int SDK_ATTEMPTS = 3;
    private static final Duration CONNECT_TIMEOUTS = Duration.ofSeconds(SDK_ATTEMPTS * 2L);

    private AwsGateway() {
    }

    /** Registers {@code operation} as the handler of {@code action}, behind the gateway. */
    static void register(java.util.Map<String, Handler> handlers, String action, Function<Call, Object> operation) {
        handlers.put(action, of(action, operation));
    }

    /** A handler for {@code action} that runs {@code operation} behind the gateway. */
    static Handler of(String action, Function<Call, Object> operation) {
        String[] parts = action.split("\\.");
        String service = parts[1];
        String name = parts[2];
        return call -> {
            World world = call.world();
            if (call.region() != null && call.region().isBlank()) {
                return Reply.failure(Duration.ZERO, new ActionException("InvalidRegion", action + ": the step's region is empty", false));
            }
            String region = call.region() == null ? world.file().defaultRegion() : call.region();
            Duration waited = world.sample("api-call");
            if (!GLOBAL.contains(service) && !world.regions().up(region)) {
                String host = service + "." + region + ".amazonaws.com";
                return Reply.failure(waited.plus(CONNECT_TIMEOUTS), new ActionException("ConnectionFailed", action + ": cannot reach AWS, after "
                        + SDK_ATTEMPTS + " attempts: Unable to execute HTTP request: Connect to " + host + ":443 failed: connect timed out"
                        + " (simulated outage of " + region + ")", true));
            }
            double rate = world.throttles().rate(service, name, region, world.now());
            for (int attempt = 1; rate > 0 && world.random().nextDouble() < rate; attempt++) {
                if (attempt == SDK_ATTEMPTS) {
                    return Reply.failure(waited, new ActionException("Throttling", action + " failed: Throttling: Rate exceeded (HTTP 400, after "
                            + SDK_ATTEMPTS + " attempts, simulated)", true));
                }
                waited = waited.plusMillis((long) (world.random().nextDouble() * 1000 * attempt));
            }
            try {
                return Reply.of(waited, operation.apply(new Call(action, region, call.params(), world)));
            } catch (AwsError e) {
                return Reply.failure(waited, new ActionException(e.code(), action + " failed: " + e.code() + ": " + e.getMessage()
                        + " (HTTP " + e.status() + ", simulated)", e.retryable()));
            }
        };
    }
}
