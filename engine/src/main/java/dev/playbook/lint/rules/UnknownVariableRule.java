package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.diag.Suggest;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.Rule;
import java.util.ArrayList;
import java.util.List;

/** A variable an expression cannot see where it is: a typo like {@code input.x}, or {@code result} outside expect/until. */
public final class UnknownVariableRule extends Rule {

    private static final List<String> ROOTS = List.of("inputs", "vars", "steps", "run");
    private static final List<String> RUN_FIELDS = List.of("id", "started", "elapsed");

    @Override
    public String id() {
        return "unknown-variable";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.REFERENCES;
    }

    @Override
    public String summary() {
        return "An expression reads a variable that does not exist where it is evaluated.";
    }

    @Override
    public String documentation() {
        return "Expressions see `inputs`, `vars`, `steps` and `run` (`run.id`, `run.started`, `run.elapsed`); "
                + "`expect` and a wait's `until` also see `result`, the step's own result, and `retry_if` sees "
                + "`error`. Anything else — `input.region`, `result` in a `when`, `run.ID` — fails when evaluated.";
    }

    @Override
    public void expression(ExpressionSite site) {
        List<String> roots = new ArrayList<>(ROOTS);
        roots.addAll(site.where().extraRoots());
        for (Reference ref : site.references()) {
            String problem = null;
            if (!roots.contains(ref.root())) {
                problem = switch (ref.root()) {
                    case "result" -> "`result` is set only in `expect` and a wait's `until`; elsewhere read `steps.<id>.result`";
                    case "error" -> "`error` is set only in `retry_if`; elsewhere read `steps.<id>.error`";
                    default -> "no variable `" + ref.root() + "`" + Suggest.didYouMean(ref.root(), roots);
                };
            } else if (ref.root().equals("run") && ref.segment(0) != null && !RUN_FIELDS.contains(ref.segment(0))) {
                problem = "`run` has no `" + ref.segment(0) + "`" + Suggest.didYouMean(ref.segment(0), RUN_FIELDS);
            }
            if (problem != null) {
                report(file().pos(site.expression(), ref), problem, "expressions here can read " + String.join(", ", roots));
            }
        }
    }
}
