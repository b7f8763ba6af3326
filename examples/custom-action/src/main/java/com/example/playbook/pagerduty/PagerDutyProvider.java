package com.example.playbook.pagerduty;

import dev.playbook.action.Action;
import dev.playbook.action.ActionProvider;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Found by playbook with ServiceLoader (META-INF/services/dev.playbook.action.ActionProvider). */
public final class PagerDutyProvider implements ActionProvider {

    private final Action trigger = new TriggerAction();

    @Override
    public Collection<String> names() {
        return List.of(trigger.name());
    }

    @Override
    public Optional<Action> find(String name) {
        return trigger.name().equals(name) ? Optional.of(trigger) : Optional.empty();
    }
}
