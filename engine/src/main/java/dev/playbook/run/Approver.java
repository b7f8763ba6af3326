package dev.playbook.run;

import dev.playbook.model.ManualStep;

/** Decides manual steps: a person on a terminal, or a decision given on the command line. */
@FunctionalInterface
public interface Approver {

    Decision decide(ManualStep step, String instructions) throws InterruptedException;

    /**
     * @param approved the step is done and the run goes on
     * @param aborted the operator stopped the run (exit code 3); otherwise a refusal fails the step
     */
    record Decision(boolean approved, boolean aborted, String who, String note) {

        public static Decision approvedBy(String who, String note) {
            return new Decision(true, false, who, note);
        }

        public static Decision abortedBy(String who, String note) {
            return new Decision(false, true, who, note);
        }

        public static Decision refused(String note) {
            return new Decision(false, false, null, note);
        }
    }

    /**
     * Approves steps named with {@code --approve} (or all with {@code --yes}), asks {@code
     * interactive} about the others, and without a terminal fails closed.
     */
    static Approver of(boolean yes, java.util.Set<String> approvedSteps, Approver interactive) {
        String user = System.getProperty("user.name", "operator");
        return (step, instructions) -> {
            if (yes) {
                return Decision.approvedBy(user, "--yes");
            }
            if (approvedSteps.contains(step.id())) {
                return Decision.approvedBy(user, "--approve " + step.id());
            }
            if (interactive != null) {
                return interactive.decide(step, instructions);
            }
            return Decision.refused("manual step `" + step.id() + "` needs an operator, and there is no terminal; "
                    + "run on a terminal, or pass --approve " + step.id() + " (or --yes) once the work is done");
        };
    }
}
