package dev.playbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            flatten(step.branches(), out);
        }
    }

    /**
     * The step as one kind, when it is that kind: for code that asks about a single kind (is it a
     * wait? does an approval come before?). Code that does something for every kind is a {@link StepVisitor}.
     */
    public static <S extends Step> Optional<S> as(Step step, Class<S> kind) {
        return kind.isInstance(step) ? Optional.of(kind.cast(step)) : Optional.empty();
    }

    public static boolean is(Step step, Class<? extends Step> kind) {
        return kind.isInstance(step);
    }

    /** The action a step calls, for action and wait steps; null otherwise. */
    public static ActionCall call(Step step) {
        return step.accept(CALL);
    }

    private static final StepVisitor<ActionCall> CALL = new StepVisitor<>() {
        @Override
        public ActionCall action(ActionStep step) {
            return step.call();
        }

        @Override
        public ActionCall waitFor(WaitStep step) {
            return step.call();
        }

        @Override
        public ActionCall verify(VerifyStep step) {
            return null;
        }

        @Override
        public ActionCall manual(ManualStep step) {
            return null;
        }

        @Override
        public ActionCall parallel(ParallelStep step) {
            return null;
        }
    };

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
        step.accept(OWN_EXPRESSIONS).forEach(out);
        return out.build();
    }

    /** The expressions of a step's kind, after those every step may hold. */
    private static final StepVisitor<List<Expression>> OWN_EXPRESSIONS = new StepVisitor<>() {
        @Override
        public List<Expression> action(ActionStep step) {
            return step.expect() == null ? List.of() : List.of(step.expect());
        }

        @Override
        public List<Expression> waitFor(WaitStep step) {
            return step.until() == null ? List.of() : List.of(step.until());
        }

        @Override
        public List<Expression> verify(VerifyStep step) {
            return step.checks().stream().map(Check::that).toList();
        }

        @Override
        public List<Expression> manual(ManualStep step) {
            return templateExpressions(step.instructions());
        }

        @Override
        public List<Expression> parallel(ParallelStep step) {
            return List.of();
        }
    };

    private static List<Expression> templateExpressions(Template t) {
        return t == null ? List.of() : t.expressions();
    }
}
