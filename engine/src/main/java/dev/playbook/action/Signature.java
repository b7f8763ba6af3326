package dev.playbook.action;

import java.util.List;
import java.util.Optional;

/**
 * What an action accepts, for lint, the REPL and {@code playbook actions}. {@code openParams}
 * means parameters beyond those listed are accepted.
 */
public record Signature(String summary, List<Param> params, boolean openParams, String documentation) {

    public Signature {
        params = List.copyOf(params);
    }

    public Signature(String summary, List<Param> params) {
        this(summary, params, false, null);
    }

    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
