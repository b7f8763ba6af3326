package dev.playbook.lint.rules;

import dev.playbook.aws.ParamProblem;
import dev.playbook.model.Value;
import java.util.Map;

/**
 * Reading the AWS binding's offline parameter check ({@code AwsOperation.check}) for the two rules
 * that use it: unknown members go to {@code unknown-parameter}, wrong values to {@code parameter-type}.
 */
final class AwsChecks {

    private AwsChecks() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> params(Value.Mapping with) {
        return (Map<String, Object>) ParamValues.plain(with);
    }

    /** The check words unknown names "unknown parameter" or "unknown member of X"; everything else is a value problem. */
    static boolean unknownMember(ParamProblem problem) {
        return problem.message().startsWith("unknown ");
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
