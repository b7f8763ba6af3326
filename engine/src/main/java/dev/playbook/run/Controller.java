package dev.playbook.run;

import dev.playbook.model.Phase;
import dev.playbook.model.Step;

/**
 * Decides, step by step, what the executor does next. The automatic controller runs
 * everything; the REPL's controller asks an operator.
 */
public interface Controller {

    enum Next { RUN, STEP_INTO, SKIP, JUMP, ABORT }

    enum AfterFailure { FOLLOW_POLICY, RETRY, IGNORE, ABORT }

    /** What to do with the next step; {@code jumpTo} names the step or phase for {@link Next#JUMP}. */
    record Decision(Next next, String jumpTo) {

        public static final Decision RUN = new Decision(Next.RUN, null);
        public static final Decision STEP_INTO = new Decision(Next.STEP_INTO, null);
        public static final Decision SKIP = new Decision(Next.SKIP, null);
        public static final Decision ABORT = new Decision(Next.ABORT, null);

        public static Decision jump(String target) {
            return new Decision(Next.JUMP, target);
        }
    }

    /** Called before each top-level step (and, when stepping into a parallel block, each branch). */
    Decision before(Step step, Phase phase) throws InterruptedException;

    /** Called when a step failed, before its {@code on_failure} policy applies. */
    AfterFailure afterFailure(Step step, StepRecord record) throws InterruptedException;

    Controller AUTOMATIC = new Controller() {
        @Override
        public Decision before(Step step, Phase phase) {
            return Decision.RUN;
        }

        @Override
        public AfterFailure afterFailure(Step step, StepRecord record) {
            return AfterFailure.FOLLOW_POLICY;
        }
    };
}
