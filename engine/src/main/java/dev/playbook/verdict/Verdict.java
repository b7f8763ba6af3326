package dev.playbook.verdict;

import dev.playbook.run.RunEvent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** PASS when every line holds; the lines in the order they are reported. */
public record Verdict(boolean passed, List<CriterionResult> results) {

    /**
     * What the verdict says: every line held; a line failed; or, for a real run only, nothing
     * measured failed but some lines cannot be measured outside the simulated world.
     */
    public enum Outcome {
        PASS, FAIL, NOT_VERIFIED;

        /** {@code pass}, {@code fail}, {@code not_verified}: the spelling of JSON output and journals. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Verdict {
        results = List.copyOf(results);
    }

    public static Verdict of(List<CriterionResult> results) {
        return new Verdict(results.stream().allMatch(CriterionResult::passed), results);
    }

    public List<CriterionResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public java.util.Optional<CriterionResult> result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A drill's verdict is PASS or FAIL; a real run's is NOT VERIFIED when only unmeasurable lines failed. */
    public Outcome outcome(boolean realRun) {
        List<CriterionResult> failed = failures();
        if (failed.isEmpty()) {
            return Outcome.PASS;
        }
        return realRun && failed.stream().noneMatch(CriterionResult::wasMeasured) ? Outcome.NOT_VERIFIED : Outcome.FAIL;
    }

    /** The verdict as the run's last event. */
    public RunEvent.Verdict event(Instant at, boolean realRun) {
        return new RunEvent.Verdict(at, outcome(realRun).key(), results.stream().map(CriterionResult::line).toList());
    }
}
