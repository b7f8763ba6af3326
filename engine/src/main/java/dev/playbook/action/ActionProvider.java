package dev.playbook.action;

import java.util.Collection;
import java.util.Optional;

/**
 * A source of actions, discovered with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.playbook.action.ActionProvider}). A provider may own a whole
 * namespace ({@code aws}) and create actions on demand instead of listing them.
 */
public interface ActionProvider {

    /** The namespace this provider owns ({@code "aws"} for {@code aws.*}), or null for individual names. */
    default String namespace() {
        return null;
    }

    /** Every action name this provider knows, for listings and did-you-mean. */
    Collection<String> names();

    Optional<Action> find(String name);

    /** A hint for a name that is not an action, such as an AWS CLI spelling; null when none. */
    default String hintFor(String name) {
        return null;
    }
}
