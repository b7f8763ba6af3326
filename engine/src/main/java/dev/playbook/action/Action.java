package dev.playbook.action;

import java.util.Map;

/** A named operation a step can call. Implementations must be thread-safe: parallel branches share them. */
public interface Action {

    String name();

    Signature signature();

    /** Read-only actions may be re-run freely (resume, waits); mutating ones change the world. */
    boolean readOnly();

    /**
     * Performs the action. {@code params} are resolved plain values (maps, lists, strings,
     * numbers, booleans). Returns a result tree of the same kinds of values.
     */
    Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException;
}
