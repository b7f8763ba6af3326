package dev.playbook.lint.rules;

import dev.playbook.action.Action;
import dev.playbook.action.Param;
import dev.playbook.action.ParamKind;
import dev.playbook.action.ParamProblem;
import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Durations;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.Value;

/** A literal parameter value of a type the action cannot take. */
public final class ParameterTypeRule extends Rule {

    @Override
    public String id() {
        return "parameter-type";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.ACTIONS;
    }

    @Override
    public String summary() {
        return "A literal parameter value has a type the action cannot take.";
    }

    @Override
    public String documentation() {
        return "Literal values are checked the way the action will read them: for built-in actions a duration must "
                + "have a unit (`10s`, not `10`), a boolean must be `true` or `false`, a map or a list must be one, "
                + "and a string must not be a map or list; for `aws.*` actions every member, nested ones included, "
                + "is checked against the SDK model's type (`DesiredCapacity: five` is not an Integer), and enum members "
                + "against AWS's values (`Action: upsert` gets `UPSERT` as its suggestion). Values that "
                + "hold `${...}` are known only at run time and are not checked.";
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        Action action = call == null || call.action() == null || call.with() == null ? null : file().actions().find(call.action()).orElse(null);
        if (action == null) {
            return;
        }
        if (action.checksParameters()) {
            for (ParamProblem problem : action.check(ActionChecks.params(call.with()))) {
                if (problem.kind() == ParamProblem.Kind.WRONG_VALUE) {
                    report(ParamValues.position(call.with(), problem.path(), false), ActionChecks.describe(problem), null);
                }
            }
            return;
        }
        for (Value.Entry entry : call.with().entries()) {
            Param param = action.signature().param(entry.key()).orElse(null);
            String expected = param == null ? null : mismatch(param.type(), entry.value());
            if (expected != null) {
                report(entry.value().pos(), "`" + entry.key() + "` of `" + call.action() + "` must be " + expected + ", not " + describe(entry.value()),
                        param.description());
            }
        }
    }

    /**
     * What the value should have been, or null when it fits, as {@link ParamKind} reads the
     * parameter's type.
     */
    private static String mismatch(String type, Value value) {
        if (value instanceof Value.Text text && !text.template().isLiteral()) {
            return null;
        }
        if (value instanceof Value.Scalar scalar && scalar.value() == null) {
            return null;
        }
        String literal = value instanceof Value.Text text ? text.template().raw() : null;
        boolean mapping = value instanceof Value.Mapping;
        boolean list = value instanceof Value.Seq;
        boolean scalar = !mapping && !list;
        return switch (ParamKind.of(type)) {
            case STRING -> scalar ? null : "a string";
            case DURATION -> literal != null && Durations.parse(literal).isPresent() ? null : "a duration such as 30s";
            case BOOLEAN -> value instanceof Value.Scalar s && s.value() instanceof Boolean ? null : "true or false";
            case NUMBER -> value instanceof Value.Scalar s && s.value() instanceof Number ? null : "a number";
            case MAP -> mapping ? null : "a mapping";
            case STRING_OR_MAP -> scalar || mapping ? null : "a string or a mapping";
            case LIST -> list ? null : "a list";
            case STRUCTURE, OTHER -> null;
        };
    }

    private static String describe(Value value) {
        if (value instanceof Value.Mapping) {
            return "a mapping";
        }
        if (value instanceof Value.Seq) {
            return "a list";
        }
        if (value instanceof Value.Text text) {
            Template t = text.template();
            return "`" + t.raw() + "`";
        }
        return "`" + ((Value.Scalar) value).value() + "`";
    }
}
