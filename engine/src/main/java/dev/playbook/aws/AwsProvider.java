package dev.playbook.aws;

import dev.playbook.action.Action;
import dev.playbook.action.ActionException;
import dev.playbook.action.ActionProvider;
import dev.playbook.diag.Suggest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code aws.*} namespace: every operation of every bundled service, bound generically.
 * Operations are reflected per service on first use and clients built on first call, so lint
 * and listings stay offline. Close the provider at the end of a run to close its clients.
 *
 * <p>ServiceLoader creates it with no endpoint override; the CLI creates its own with
 * {@code --endpoint} and puts it in front of the registry.
 */
public final class AwsProvider implements ActionProvider, AutoCloseable {

    public static final String NAMESPACE = "aws";
    private static final Duration PREFLIGHT_TIMEOUT = Duration.ofSeconds(30);

    private final AwsClients clients;
    private final Map<String, AwsOperation> operations = new ConcurrentHashMap<>();

    public AwsProvider() {
        this(null);
    }

    /** {@code endpoint} sends every service to one URL, such as a local emulator; null for AWS. */
    public AwsProvider(URI endpoint) {
        this.clients = new AwsClients(endpoint);
    }

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /** All operations of all services, about 1,350 names; this reflects every service (a second or two). */
    @Override
    public Collection<String> names() {
        List<String> names = new ArrayList<>();
        AwsServices.all().forEach(s -> names.addAll(names(s)));
        return names;
    }

    /** The operations of one service, as action names. */
    public List<String> names(AwsService service) {
        return service.operations().keySet().stream().map(op -> NAMESPACE + "." + service.name() + "." + op).toList();
    }

    @Override
    public Optional<Action> find(String name) {
        return operation(name).map(Action.class::cast);
    }

    /** Like {@link #find}, typed, for callers that want {@link AwsOperation#check}. */
    public Optional<AwsOperation> operation(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(NAMESPACE)) {
            return Optional.empty();
        }
        Optional<AwsService> service = AwsServices.find(parts[1]);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        Optional<Class<?>> requestType = service.get().requestType(parts[2]);
        if (requestType.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(operations.computeIfAbsent(name, n -> new AwsOperation(service.get(), parts[2], requestType.get(), clients)));
    }

    /**
     * The action meant by an AWS CLI spelling ({@code aws rds promote-read-replica},
     * {@code aws.rds.promote-read-replica}), an API spelling ({@code aws.rds.PromoteReadReplica})
     * or a misspelling of a service or operation; null when nothing is close.
     */
    @Override
    public String hintFor(String name) {
        CliSpelling.Written written = CliSpelling.parse(name);
        if (written == null) {
            return null;
        }
        Optional<AwsService> service = AwsServices.findLoosely(written.service())
                .or(() -> Suggest.closest(written.service(), AwsServices.names()).flatMap(AwsServices::find));
        if (service.isEmpty()) {
            return null;
        }
        Collection<String> ops = service.get().operations().keySet();
        String squashed = CliSpelling.squash(written.operation());
        Optional<String> op = ops.stream().filter(o -> CliSpelling.squash(o).equals(squashed)).findFirst()
                .or(() -> Suggest.closest(written.operation(), ops));
        return op.map(o -> NAMESPACE + "." + service.get().name() + "." + o).orElse(null);
    }

    /**
     * Asks STS who the calls would run as (Account, Arn, UserId), so a run without credentials
     * stops before its first step instead of in the middle of a failover.
     */
    public Map<String, Object> preflight(String region) throws ActionException, InterruptedException {
        return operation(NAMESPACE + ".sts.getCallerIdentity").orElseThrow().invoke(region, PREFLIGHT_TIMEOUT, Map.of());
    }

    /** How many SDK clients this provider built; none until an operation is called. */
    int clientsCreated() {
        return clients.created();
    }

    @Override
    public void close() {
        clients.close();
    }
}
