package dev.playbook.lint.rules;

import dev.playbook.lint.Rule;
import dev.playbook.lint.UnusedSuppressionRule;
import java.util.List;
import java.util.function.Supplier;

/** The rules that come with playbook, in the order the reference lists them within a category. */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<Supplier<Rule>> all() {
        return List.of(
                UnknownStepRule::new, CriterionReferenceRule::new, StepOrderRule::new, MaybeSkippedRule::new, ParallelSiblingRule::new,
                UnknownInputRule::new, UnknownVarRule::new, UnknownVariableRule::new,
                UnknownActionRule::new, UnknownParameterRule::new, MissingParameterRule::new, ParameterTypeRule::new, StepFunctionsExportRule::new,
                WaitTimeoutRule::new, PhaseBudgetRule::new, RtoBudgetRule::new,
                UnapprovedMutationRule::new, HardcodedSecretRule::new, SecretExposureRule::new, ShellInjectionRule::new,
                ReviewOverdueRule::new, UnusedInputRule::new, UnusedVarRule::new, ConstantWhenRule::new,
                UnusedSuppressionRule::new);
    }
}
