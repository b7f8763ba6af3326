package dev.playbook.aws;

import java.util.List;
import java.util.Map;

/** Reads a result tree the way expressions do: {@code at(result, "DBInstances", 0, "DBInstanceStatus")}. */
final class Tree {

    private Tree() {
    }

    static Object at(Object tree, Object... path) {
        Object node = tree;
        for (Object step : path) {
            if (step instanceof Integer index) {
                node = ((List<?>) node).get(index);
            } else if (node instanceof Map<?, ?> map) {
                if (!map.containsKey(step)) {
                    throw new AssertionError("no `" + step + "` in " + map.keySet());
                }
                node = map.get(step);
            } else {
                throw new AssertionError("`" + step + "` of a " + (node == null ? "null" : node.getClass().getSimpleName()));
            }
        }
        return node;
    }
}
