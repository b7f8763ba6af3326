package dev.playbook.action;

import dev.playbook.diag.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Finds actions by name across providers. Providers listed first win, so a simulator can stand in for AWS. */
public final class ActionRegistry {

    private final List<ActionProvider> providers;

    public ActionRegistry(List<ActionProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** Every provider on the class path, found with ServiceLoader. */
    public static ActionRegistry discover() {
        return discover(ActionRegistry.class.getClassLoader());
    }

    /** Every provider {@code loader} sees: the class path's, and those of plugin jars when it is their loader. */
    public static ActionRegistry discover(ClassLoader loader) {
        List<ActionProvider> found = new ArrayList<>();
        ServiceLoader.load(ActionProvider.class, loader).forEach(found::add);
        return new ActionRegistry(found);
    }

    /** A registry whose first providers take precedence over this one's. */
    public ActionRegistry overriddenBy(List<ActionProvider> first) {
        List<ActionProvider> all = new ArrayList<>(first);
        all.addAll(providers);
        return new ActionRegistry(all);
    }

    public Optional<Action> find(String name) {
        for (ActionProvider provider : providers) {
            Optional<Action> action = provider.find(name);
            if (action.isPresent()) {
                return action;
            }
        }
        return Optional.empty();
    }

    public Collection<String> names() {
        TreeSet<String> names = new TreeSet<>();
        providers.forEach(p -> names.addAll(p.names()));
        return names;
    }

    /** Why {@code name} is not an action, with a suggestion when one is close. */
    public String unknownMessage(String name) {
        for (ActionProvider provider : providers) {
            String hint = provider.hintFor(name);
            if (hint != null) {
                return "unknown action `" + name + "`; did you mean `" + hint + "`?";
            }
        }
        return "unknown action `" + name + "`" + Suggest.didYouMean(name, names());
    }

    public List<ActionProvider> providers() {
        return providers;
    }
}
