package dev.playbook.lint;

import dev.playbook.model.Expression;
import java.util.List;

/**
 * One expression of a playbook with what lint knows about where it is.
 *
 * @param where      which field holds it, which decides the variables it can see
 * @param step       the step that holds it; null for vars and defaults
 * @param var        the var whose value holds it; null elsewhere
 * @param references the variable paths it reads, in source order
 */
public record ExpressionSite(Expression expression, Where where, StepSite step, String var, List<Reference> references) {

    public ExpressionSite {
        references = List.copyOf(references);
    }

    /** The fields expressions live in. */
    public enum Where {
        WHEN, EXPECT, UNTIL, CHECK, RETRY_IF, TEMPLATE, VAR, DEFAULTS;

        /** The variables an expression here sees besides inputs, vars, steps and run. */
        public List<String> extraRoots() {
            if (this == EXPECT || this == UNTIL) {
                return List.of("result");
            }
            if (this == RETRY_IF) {
                return List.of("error");
            }
            return List.of();
        }
    }

    public List<Reference> references(String root) {
        return references.stream().filter(r -> r.root().equals(root)).toList();
    }
}
