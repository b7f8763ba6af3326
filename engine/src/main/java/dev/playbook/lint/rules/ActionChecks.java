package dev.playbook.lint.rules;

import dev.playbook.action.ParamProblem;
import dev.playbook.model.Value;
import java.util.Map;

/**
 * Reading an action's own offline parameter check ({@code Action.check}, the AWS binding's) for
 * the two rules that use it: unknown names go to {@code unknown-parameter}, wrong values to
 * {@code parameter-type}.
 */
final class ActionChecks {

    private ActionChecks() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> params(Value.Mapping with) {
        return (Map<String, Object>) ParamValues.plain(with);
    }

    /** Deeper than {@code with.Name}. */
    static boolean nested(ParamProblem problem) {
        return problem.path().indexOf('.', "with.".length()) >= 0 || problem.path().indexOf('[') >= 0;
    }

    /** {@code `ChangeBatch.Changes[0].Actoin`: unknown member of Change; did you mean `Action`?} */
    static String describe(ParamProblem problem) {
        String path = problem.path().startsWith("with.") ? problem.path().substring("with.".length()) : problem.path();
        return "`" + path + "`: " + problem.message();
    }
}
