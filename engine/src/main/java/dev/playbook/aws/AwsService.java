package dev.playbook.aws;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * One bundled AWS service: its action namespace ({@code aws.<name>}), its AWS CLI spelling and
 * its SDK client interface. The interface is only loaded, and its operations only reflected, when
 * the service is first used: the EC2 interface alone takes about a second to reflect.
 */
public final class AwsService {

    private final String name;
    private final String cliName;
    private final Supplier<Class<? extends SdkClient>> clientType;
    private volatile Map<String, Method> operations;

    AwsService(String name, String cliName, Supplier<Class<? extends SdkClient>> clientType) {
        this.name = name;
        this.cliName = cliName;
        this.clientType = clientType;
    }

    /** The name in action names: {@code rds} in {@code aws.rds.promoteReadReplica}. */
    public String name() {
        return name;
    }

    /** The AWS CLI's name for the service ({@code elbv2} for elasticloadbalancingv2). */
    public String cliName() {
        return cliName;
    }

    public Class<? extends SdkClient> clientType() {
        return clientType.get();
    }

    /**
     * Operation name (the client method, {@code promoteReadReplica}) to the method taking the
     * request object, sorted. Paginators, waiters and the overloads taking a builder consumer are
     * left out: they are conveniences over the same operations.
     */
    public Map<String, Method> operations() {
        Map<String, Method> ops = operations;
        if (ops == null) {
            TreeMap<String, Method> found = new TreeMap<>();
            for (Method method : clientType().getMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
                        && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                        && SdkResponse.class.isAssignableFrom(method.getReturnType())) {
                    found.put(method.getName(), method);
                }
            }
            ops = Collections.unmodifiableMap(found);
            operations = ops;
        }
        return ops;
    }

    /** A fresh client builder; every SDK client interface has a static {@code builder()}. */
    AwsClientBuilder<?, ?> newClientBuilder() {
        try {
            return (AwsClientBuilder<?, ?>) clientType().getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create a client builder for " + clientType().getName(), e);
        }
    }
}
