package dev.playbook.action.builtin;

import dev.playbook.action.Action;
import dev.playbook.action.ActionProvider;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actions every installation has: log, sleep, http.get, http.request, shell, notify. */
public final class BuiltinProvider implements ActionProvider {

    private final Map<String, Action> actions = new LinkedHashMap<>();

    public BuiltinProvider() {
        for (Action action : List.of(new LogAction(), new SleepAction(), new HttpAction("http.get"),
                new HttpAction("http.request"), new ShellAction(), new NotifyAction())) {
            actions.put(action.name(), action);
        }
    }

    @Override
    public Collection<String> names() {
        return actions.keySet();
    }

    @Override
    public Optional<Action> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }
}
