package dev.playbook.expr;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The {@code list:} namespace: a question about the items of a result that an expression,
 * having no loops or lambdas, could not ask otherwise — how many instances are InService and
 * Healthy, not merely how many there are.
 */
public final class ListFunctions {

    static final ListFunctions INSTANCE = new ListFunctions();

    private ListFunctions() {
    }

    /**
     * How many items have every field of {@code match} equal to its value:
     * {@code list:count(group.Instances, {'LifecycleState': 'InService', 'HealthStatus': 'Healthy'})}.
     */
    public long count(Object items, Map<?, ?> match) {
        return itemsOf(items).stream().filter(item -> item instanceof Map<?, ?> fields && matches(fields, match)).count();
    }

    /** A result's list, or a list literal, which JEXL builds as an array. */
    private static List<?> itemsOf(Object items) {
        if (items instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        if (items != null && items.getClass().isArray()) {
            return IntStream.range(0, Array.getLength(items)).mapToObj(i -> Array.get(items, i)).toList();
        }
        throw new IllegalArgumentException("list:count needs a list of items, not " + (items == null ? "null" : "a single value"));
    }

    private static boolean matches(Map<?, ?> fields, Map<?, ?> match) {
        return match.entrySet().stream().allMatch(wanted -> same(fields.get(wanted.getKey()), wanted.getValue()));
    }

    /** 3 and 3.0 are the same count, as they are to {@code ==}. */
    private static boolean same(Object actual, Object wanted) {
        if (actual instanceof Number a && wanted instanceof Number w) {
            return integral(a) && integral(w) ? new BigInteger(a.toString()).equals(new BigInteger(w.toString()))
                    : a.doubleValue() == w.doubleValue();
        }
        return Objects.equals(actual, wanted);
    }

    private static boolean integral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger;
    }
}
