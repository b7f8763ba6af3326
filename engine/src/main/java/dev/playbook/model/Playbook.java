package dev.playbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A loaded playbook. Maps keep declaration order. */
public record Playbook(String file, String apiVersion, Metadata metadata, Objectives objectives, List<Criterion> criteria,
                       Map<String, Input> inputs, Map<String, Var> vars, Defaults defaults,
                       List<Phase> phases, List<Step> rollback) {

    public Playbook {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        criteria = List.copyOf(criteria);
        phases = List.copyOf(phases);
        rollback = List.copyOf(rollback);
    }

    /** Every step, parallel branches included, in document order (phases, then rollback). */
    public List<Step> allSteps() {
        List<Step> out = new ArrayList<>();
        phases.forEach(p -> Steps.flatten(p.steps(), out));
        Steps.flatten(rollback, out);
        return out;
    }

    public Optional<Step> step(String id) {
        return allSteps().stream().filter(s -> s.id().equals(id)).findFirst();
    }

}
