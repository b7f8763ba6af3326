package dev.playbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.playbook.model.Step;

/**
 * Outside {@code model}, step kinds are told apart only by a {@code StepVisitor} (every kind
 * handled, checked by the compiler) or, for a question about one kind, {@code Steps.as}/{@code Steps.is};
 * an {@code instanceof} chain would compile on when a kind is added, and ignore it.
 */
final class StepKinds {

    private StepKinds() {
    }

    static ArchRule areToldApartByTheVisitor() {
        return classes().that().resideOutsideOfPackage("dev.playbook.model..")
                .should(new ArchCondition<JavaClass>("not check instanceof a step kind (use a StepVisitor, or Steps.as for one kind)") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (JavaCodeUnit unit : type.getCodeUnits()) {
                            for (InstanceofCheck check : unit.getInstanceofChecks()) {
                                if (check.getRawType().isAssignableTo(Step.class)) {
                                    events.add(SimpleConditionEvent.violated(check, unit.getFullName() + " checks instanceof " + check.getRawType().getSimpleName()
                                            + " in " + check.getSourceCodeLocation()));
                                }
                            }
                        }
                    }
                })
                .as("step kinds are told apart by StepVisitor outside model");
    }
}
