package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.expr.CodeCursor;
import dev.playbook.lint.Categories;
import dev.playbook.lint.ExpressionSite;
import dev.playbook.lint.Reference;
import dev.playbook.lint.References;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.Expression;
import java.util.ArrayList;
import java.util.List;

/** Reading the result of a step that may have been skipped by its {@code when}, without a guard. */
public final class MaybeSkippedRule extends Rule {

    @Override
    public String id() {
        return "maybe-skipped";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return Categories.REFERENCES;
    }

    @Override
    public String summary() {
        return "An expression reads the result of a step that may have been skipped by its `when`, without a guard.";
    }

    @Override
    public String documentation() {
        return "A step whose `when` (or whose parallel block's `when`) is false is recorded as `skipped` with no "
                + "result, so `steps.x.result.Field` fails the reading step on exactly the path the condition was "
                + "written for. A read counts as guarded when the same expression tests `steps.x.status` (for example "
                + "`steps.x.status == 'succeeded' && steps.x.result.Id != ''`), reads through `?.` (`steps.x?.result`), "
                + "supplies a fallback with `??`, or when the reading step's own `when` tests `steps.x.status` or "
                + "includes x's condition (`when: inputs.a && inputs.b` after a step with `when: inputs.a`).";
    }

    @Override
    public void expression(ExpressionSite site) {
        StepSite reader = site.step();
        if (reader == null) {
            return;
        }
        for (Reference ref : site.references("steps")) {
            StepSite target = ref.segment(0) == null ? null : file().steps().get(ref.segment(0));
            if (target == null || !"result".equals(ref.segment(1)) || !target.conditional() || target.order() >= reader.order()
                    || guarded(ref, site, reader, target)) {
                continue;
            }
            report(file().pos(site.expression(), ref), "`" + ref.text() + "` fails when `" + target.id() + "` was skipped: it runs only when `"
                    + condition(target).source() + "`",
                    "guard it (`steps." + target.id() + ".status == 'succeeded' && ...`, `steps." + target.id()
                            + "?.result`, `... ?? fallback`) or give this step the same `when`");
        }
    }

    private static boolean guarded(Reference ref, ExpressionSite site, StepSite reader, StepSite target) {
        if (ref.guarded() || testsStatus(site.references("steps"), target.id())) {
            return true;
        }
        for (Expression when : conditions(reader)) {
            if (testsStatus(References.of(when), target.id())) {
                return true;
            }
        }
        List<String> required = new ArrayList<>();
        conditions(target).forEach(when -> required.addAll(conjuncts(when.source())));
        List<String> known = new ArrayList<>();
        conditions(reader).forEach(when -> known.addAll(conjuncts(when.source())));
        return known.containsAll(required);
    }

    private static boolean testsStatus(List<Reference> refs, String id) {
        return refs.stream().anyMatch(r -> r.root().equals("steps") && id.equals(r.segment(0)) && "status".equals(r.segment(1)));
    }

    /** The conditions a step runs under: its own {@code when} and its parallel block's. */
    private static List<Expression> conditions(StepSite site) {
        List<Expression> out = new ArrayList<>();
        if (site.step().common().when() != null) {
            out.add(site.step().common().when());
        }
        if (site.parallel() != null && site.parallel().common().when() != null) {
            out.add(site.parallel().common().when());
        }
        return out;
    }

    private static Expression condition(StepSite site) {
        return conditions(site).get(0);
    }

    /** The parts of {@code a && b && c} at the top level, spaces removed, so equal conditions compare equal. */
    static List<String> conjuncts(String source) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String s = source.strip();
        CodeCursor code = new CodeCursor(s, 0, "'\"");
        for (int i = code.next(); i >= 0; i = code.next()) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && s.startsWith("&&", i)) {
                out.add(normal(s.substring(start, i)));
                start = i + 2;
                code.next();
            }
        }
        out.add(normal(s.substring(start)));
        return out;
    }

    private static String normal(String part) {
        String p = part.replaceAll("\\s+", "");
        while (p.startsWith("(") && p.endsWith(")") && balanced(p.substring(1, p.length() - 1))) {
            p = p.substring(1, p.length() - 1);
        }
        return p;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        CodeCursor code = new CodeCursor(s, 0, "'\"");
        for (int i = code.next(); i >= 0 && depth >= 0; i = code.next()) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
        }
        return depth == 0;
    }
}
