package dev.playbook.expr;

import java.time.Duration;

/**
 * Text that stops a regular expression matching over it once its processor-time deadline passes: the matcher
 * reads every character through {@link #charAt}, so a backtracking pattern cannot outlive it.
 */
final class DeadlineText implements CharSequence {

    /** Reading the clock on every character would cost more than most matches. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final String pattern;
    private final Duration budget;
    private final long deadline;
    private int reads;

    DeadlineText(String text, String pattern, Duration budget) {
        this(text, pattern, budget, ThreadCpuClock.nanos() + budget.toNanos());
    }

    private DeadlineText(String text, String pattern, Duration budget, long deadline) {
        this.text = text;
        this.pattern = pattern;
        this.budget = budget;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && ThreadCpuClock.nanos() - deadline > 0) {
            throw new Budget.Exceeded("did not finish matching the regular expression `" + pattern + "` on a "
                    + text.length() + "-character text within " + budget.toMillis() + "ms (it backtracks too much: "
                    + "make its repetitions unambiguous, e.g. [^,]*, rather than .* repeated)");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.substring(start, end), pattern, budget, deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
