package dev.playbook.export;

import dev.playbook.aws.AwsOperation;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.Template;
import java.time.Duration;
import java.util.Optional;

/** What both exporters need to know about a step, stated once. */
final class StepFacts {

    private StepFacts() {
    }

    /** {@code action promote_db: Promote read replica}: how a state or step describes its source. */
    static String describe(Step step) {
        Template title = step.common().title();
        return step.kind() + " " + step.id() + (title != null ? ": " + title.raw() : "");
    }

    /** The step's own region when it differs from {@code defaults.region}, the region the runbook is deployed in. */
    static Optional<Template> otherRegion(Playbook playbook, Step step) {
        Template region = step.common().region();
        Template deployed = playbook.defaults().region();
        return region != null && (deployed == null || !region.raw().equals(deployed.raw())) ? Optional.of(region) : Optional.empty();
    }

    /**
     * Whether repeating the call is safe: it only reads, or it carries an idempotency token. A
     * durable engine cannot tell a refused call from one whose answer was lost.
     */
    static boolean retrySafe(AwsOperation op) {
        return op.readOnly() || op.idempotencyTokenMember().isPresent();
    }

    /** Whole seconds, rounded up. */
    static long seconds(Duration d) {
        return (d.toMillis() + 999) / 1000;
    }
}
