package dev.playbook.aws;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.ParamProblem;
import dev.playbook.action.Signature;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkInterruptedException;

/**
 * One AWS operation as an action: {@code aws.rds.promoteReadReplica} calls
 * {@code RdsClient.promoteReadReplica}. Its signature and {@link #check} come from the SDK's
 * request model alone, so lint and listings never build a client or look for credentials.
 */
public final class AwsOperation implements Action {

    private static final List<String> READ_ONLY_PREFIXES = List.of("describe", "list", "get");
    /**
     * "test" operations are not one kind: Route 53's testDNSAnswer only asks, while ElastiCache's
     * testFailover really fails a node over. Only the asking kind is read-only.
     */
    private static final Set<String> READ_ONLY_OTHERS = Set.of("route53.testDNSAnswer");
    private static final Duration SHORTEST_TIMEOUT = Duration.ofMillis(1);

    private final AwsService service;
    private final String operation;
    private final Class<?> requestType;
    private final AwsClients clients;
    private volatile Signature signature;
    private volatile Method method;

    AwsOperation(AwsService service, String operation, Class<?> requestType, AwsClients clients) {
        this.service = service;
        this.operation = operation;
        this.requestType = requestType;
        this.clients = clients;
    }

    @Override
    public String name() {
        return "aws." + service.name() + "." + operation;
    }

    public AwsService service() {
        return service;
    }

    /** The client method's name, {@code promoteReadReplica}. */
    public String operation() {
        return operation;
    }

    /** The AWS API's name, {@code PromoteReadReplica}. */
    public String apiName() {
        return Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
    }

    /** The client method, looked up on the first call: checking parameters needs only the request type. */
    Method method() {
        Method m = method;
        if (m == null) {
            try {
                m = service.clientType().getMethod(operation, requestType);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(service.clientType().getName() + " has no " + operation + "(" + requestType.getSimpleName() + ")", e);
            }
            method = m;
        }
        return m;
    }

    Class<?> requestType() {
        return requestType;
    }

    @Override
    public boolean readOnly() {
        return READ_ONLY_PREFIXES.stream().anyMatch(operation::startsWith)
                || READ_ONLY_OTHERS.contains(service.name() + "." + operation);
    }

    /**
     * The request member that carries an idempotency token ({@code ClientToken} of
     * createLaunchTemplateVersion), if the operation has one: a retry that sends the same token
     * cannot repeat the change.
     */
    public java.util.Optional<String> idempotencyTokenMember() {
        return RequestBuilder.newRequestBuilder(requestType).sdkFields().stream()
                .filter(FieldTypes::idempotencyToken)
                .map(software.amazon.awssdk.core.SdkField::memberName)
                .findFirst();
    }

    @Override
    public Signature signature() {
        Signature s = signature;
        if (s == null) {
            s = OperationDocs.signature(this);
            signature = s;
        }
        return s;
    }

    /** AWS's own reading of the request: every member, nested ones included, against the SDK model. */
    @Override
    public boolean checksParameters() {
        return true;
    }

    /**
     * What AWS would refuse in {@code params} before sending anything: unknown members (with
     * did-you-mean) and values of the wrong type, each with its path.
     */
    @Override
    public List<ParamProblem> check(Map<String, Object> params) {
        return RequestBuilder.build(requestType(), params, true).problems();
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        return invoke(context.region(), context.timeout(), params);
    }

    /** Calls AWS in {@code region} (null: the SDK's default chain), within {@code timeout} when given. */
    Map<String, Object> invoke(String region, Duration timeout, Map<String, ?> params) throws ActionException, InterruptedException {
        RequestBuilder.Result built = RequestBuilder.build(requestType(), params, false);
        if (!built.problems().isEmpty()) {
            throw new ActionException("InvalidParameter", name() + ": "
                    + built.problems().stream().map(ParamProblem::toString).collect(Collectors.joining("; ")), false);
        }
        if (region != null && region.isBlank()) {
            // Usually an empty input behind `region: ${...}`; falling back to the default region would act on the wrong one.
            throw new ActionException("InvalidRegion", name() + ": the step's region is empty", false);
        }
        SdkRequest request = timeout == null ? built.request() : withTimeout(built.request(), timeout);
        try {
            SdkClient client = clients.get(service, region);
            return ResultTree.of((SdkPojo) method().invoke(client, request));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AbortedException || cause instanceof SdkInterruptedException) {
                InterruptedException interrupted = new InterruptedException(name() + " was cancelled");
                interrupted.initCause(cause);
                throw interrupted;
            }
            if (cause instanceof SdkException sdk) {
                throw AwsErrors.from(name(), sdk);
            }
            throw new IllegalStateException(name() + " failed inside the AWS SDK", cause);
        } catch (SdkException e) {
            throw AwsErrors.from(name(), e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + name(), e);
        }
    }

    private static SdkRequest withTimeout(SdkRequest request, Duration timeout) {
        Duration limit = timeout.compareTo(SHORTEST_TIMEOUT) < 0 ? SHORTEST_TIMEOUT : timeout;
        return ((AwsRequest) request).toBuilder().overrideConfiguration(o -> o.apiCallTimeout(limit)).build();
    }
}
