package dev.playbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.playbook.lint.rules.WaitTimeoutRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step-kind rule has teeth: an instanceof on a kind outside model fails it; Steps.as (a rule that asks about waits) does not. */
class StepKindsTest {

    @Test
    void anInstanceofOnAStepKindOutsideTheModelViolatesTheRule() {
        List<String> details = StepKinds.areToldApartByTheVisitor()
                .evaluate(new ClassFileImporter().importClasses(InstanceofOnAStepKind.class)).getFailureReport().getDetails();
        assertEquals(1, details.size(), String.join("\n", details));
        assertTrue(details.get(0).contains("InstanceofOnAStepKind.polls(dev.playbook.model.Step) checks instanceof WaitStep"), details.get(0));
    }

    @Test
    void askingAboutOneKindThroughStepsAsIsAllowed() {
        assertFalse(StepKinds.areToldApartByTheVisitor().evaluate(new ClassFileImporter().importClasses(WaitTimeoutRule.class)).hasViolation());
    }
}
