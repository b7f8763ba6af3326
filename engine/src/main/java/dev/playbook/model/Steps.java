package dev.playbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Walks over steps and the expressions they hold. */
public final class Steps {

    private Steps() {
    }

    public static List<Step> flatten(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        flatten(steps, out);
        return out;
    }

    static void flatten(List<Step> steps, List<Step> out) {
        for (Step step : steps) {
            out.add(step);
            if (step instanceof ParallelStep p) {
                flatten(p.branches(), out);
            }
        }
    }

    /** The action a step calls, for action and wait steps; null otherwise. */
    public static ActionCall call(Step step) {
        if (step instanceof ActionStep a) {
            return a.call();
        }
        if (step instanceof WaitStep w) {
            return w.call();
        }
        return null;
    }

    /** Every expression a step holds itself (not those of parallel branches). */
    public static Stream<Expression> expressions(Step step) {
        StepCommon c = step.common();
        Stream.Builder<Expression> out = Stream.builder();
        if (c.when() != null) {
            out.add(c.when());
        }
        templateExpressions(c.title()).forEach(out);
        templateExpressions(c.region()).forEach(out);
        if (c.retry() != null && c.retry().retryIf() != null) {
            out.add(c.retry().retryIf());
        }
        ActionCall call = call(step);
        if (call != null && call.with() != null) {
            call.with().expressions().forEach(out);
        }
        if (step instanceof ActionStep a && a.expect() != null) {
            out.add(a.expect());
        } else if (step instanceof WaitStep w) {
            out.add(w.until());
        } else if (step instanceof VerifyStep v) {
            v.checks().forEach(check -> out.add(check.that()));
        } else if (step instanceof ManualStep m) {
            templateExpressions(m.instructions()).forEach(out);
        }
        return out.build();
    }

    private static List<Expression> templateExpressions(Template t) {
        return t == null ? List.of() : t.expressions();
    }
}
