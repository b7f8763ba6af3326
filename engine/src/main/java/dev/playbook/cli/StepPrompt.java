package dev.playbook.cli;

import dev.playbook.model.Phase;
import dev.playbook.model.Step;
import dev.playbook.run.Controller;
import dev.playbook.run.StepRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code run --step}: asks before each step, as Ansible's {@code --step} does. The full debugger
 * is {@code playbook debug}; this is the prompt operators already know.
 */
final class StepPrompt implements Controller {

    private final BufferedReader in;
    private final PrintWriter out;
    private boolean continuing;

    StepPrompt(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public synchronized Decision before(Step step, Phase phase) {
        while (!continuing) {
            out.print("Perform step " + step.id() + " (phase " + phase.id() + ")? [y]es, [n]o (skip it), [c]ontinue without asking, [a]bort: ");
            out.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null) {
                return Decision.ABORT;
            }
            switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return Decision.RUN;
                }
                case "n", "no" -> {
                    return Decision.SKIP;
                }
                case "c", "continue" -> continuing = true;
                case "a", "abort" -> {
                    return Decision.ABORT;
                }
                default -> out.println("Please answer y, n, c or a.");
            }
        }
        return Decision.RUN;
    }

    @Override
    public AfterFailure afterFailure(Step step, StepRecord record) {
        return AfterFailure.FOLLOW_POLICY;
    }
}
