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

    /**
     * The request class of one operation, found by name: the SDK names it after the operation
     * ({@code promoteReadReplica} takes {@code PromoteReadReplicaRequest}, {@code describeDBInstances}
     * a {@code DescribeDbInstancesRequest}). Loading one class instead of reflecting the client
     * keeps a lint of one EC2 step from paying for all eight hundred EC2 operations.
     */
    public java.util.Optional<Class<?>> requestType(String operation) {
        Map<String, Method> ops = operations;
        if (ops != null || operation.isEmpty() || !Character.isLowerCase(operation.charAt(0))) {
            return java.util.Optional.ofNullable(operations().get(operation)).map(m -> m.getParameterTypes()[0]);
        }
        String pascal = Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
        for (String candidate : java.util.List.of(pascal, sdkCasing(pascal))) {
            try {
                Class<?> type = Class.forName(modelPackage() + "." + candidate + "Request", false, getClass().getClassLoader());
                if (SdkRequest.class.isAssignableFrom(type)) {
                    return java.util.Optional.of(type);
                }
            } catch (ClassNotFoundException e) {
                // Not this spelling; the next candidate, or the full list below.
            }
        }
        return java.util.Optional.ofNullable(operations().get(operation)).map(m -> m.getParameterTypes()[0]);
    }

    /** The SDK writes runs of capitals as one word: {@code DescribeDBInstances} becomes {@code DescribeDbInstances}. */
    static String sdkCasing(String pascal) {
        StringBuilder out = new StringBuilder(pascal.length());
        for (int i = 0; i < pascal.length(); i++) {
            char c = pascal.charAt(i);
            boolean previousUpper = i > 0 && Character.isUpperCase(pascal.charAt(i - 1));
            boolean nextLower = i + 1 < pascal.length() && Character.isLowerCase(pascal.charAt(i + 1));
            out.append(Character.isUpperCase(c) && previousUpper && !nextLower ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** The action namespace is the SDK's package name, so the model package is known without loading the client. */
    private String modelPackage() {
        return "software.amazon.awssdk.services." + name + ".model";
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
