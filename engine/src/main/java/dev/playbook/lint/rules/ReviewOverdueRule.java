package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.model.Metadata;
import dev.playbook.model.Review;
import java.time.temporal.ChronoUnit;

/** {@code metadata.review.next} has passed. */
public final class ReviewOverdueRule extends Rule {

    @Override
    public String id() {
        return "review-overdue";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return Categories.HYGIENE;
    }

    @Override
    public String summary() {
        return "The playbook's next review date (`metadata.review.next`) has passed.";
    }

    @Override
    public String documentation() {
        return "Infrastructure drifts: instance names, regions and capacities in a runbook that nobody has read for "
                + "a year are guesses. When `metadata.review.next` is before today, review the playbook against the "
                + "infrastructure (a drill with `--simulate` helps), then move `last` and `next` forward. Today comes "
                + "from the linter's clock, which tests fix.";
    }

    @Override
    public void begin() {
        Metadata metadata = file().playbook().metadata();
        Review review = metadata == null ? null : metadata.review();
        if (review == null || review.next() == null || !review.next().isBefore(file().today())) {
            return;
        }
        long days = ChronoUnit.DAYS.between(review.next(), file().today());
        report(review.nextPos(), "review was due on " + review.next() + ", " + days + (days == 1 ? " day" : " days") + " ago",
                "review the playbook, then move `metadata.review.last` and `next`");
    }
}
