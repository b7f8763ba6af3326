package dev.playbook.verdict;

import java.util.List;

/** PASS when every line holds; the lines in the order they are reported. */
public record Verdict(boolean passed, List<CriterionResult> results) {

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
}
