package dev.playbook.action;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Whether {@link #check} reads literal parameters as a call would, deeper than the
     * signature's types (nested members, enum values); lint then takes its word for them.
     */
    default boolean checksParameters() {
        return false;
    }

    /**
     * What a call would refuse in {@code params}, found without calling anything; strings holding
     * {@code ${...}} templates are taken as unknown until run time. None by default.
     */
    default List<ParamProblem> check(Map<String, Object> params) {
        return List.of();
    }

    /**
     * What stands in for this action in a drill, which must have no effect outside the process
     * (answer as the real service would, from the parameters alone). Empty, the default: a
     * mutating action fails with {@code NotSimulated} in a drill, a read-only one runs as it is.
     */
    default Optional<Action> simulation() {
        return Optional.empty();
    }
}
