package dev.playbook.cli;

import dev.playbook.model.ManualStep;
import dev.playbook.run.Approver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Asks the operator on the terminal whether a manual step is done. */
final class ConsoleApprover implements Approver {

    private final BufferedReader in;
    private final PrintWriter out;

    ConsoleApprover(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public synchronized Decision decide(ManualStep step, String instructions) {
        String who = System.getProperty("user.name", "operator");
        out.println();
        out.println("  MANUAL STEP " + step.id());
        instructions.strip().lines().forEach(l -> out.println("  │ " + l));
        while (true) {
            out.print("  Done? [y]es, [n]o (fail the step), [a]bort the run: ");
            out.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null) {
                return Decision.abortedBy(who, "end of input");
            }
            switch (answer.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "y", "yes" -> {
                    return Decision.approvedBy(who, "confirmed on the terminal");
                }
                case "n", "no" -> {
                    return Decision.refused("the operator answered no");
                }
                case "a", "abort" -> {
                    return Decision.abortedBy(who, "aborted on the terminal");
                }
                default -> out.println("  Please answer y, n or a.");
            }
        }
    }
}
