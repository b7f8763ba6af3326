package dev.playbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.playbook.model.Retry;
import dev.playbook.run.RunStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule read from docs/architecture.md has teeth: a deliberate back-edge fails it. */
class PackageTableTest {

    @Test
    void theTableIsReadInOrderWithItsDependencies() {
        List<String> packages = List.copyOf(PackageTable.rows().keySet());
        assertEquals("model", packages.get(0));
        assertEquals("cli", packages.get(packages.size() - 1));
        assertEquals(List.of(), PackageTable.rows().get("model"));
        assertEquals(packages.subList(0, packages.size() - 1), PackageTable.rows().get("cli"), "cli may use everything above it");
    }

    @Test
    void aModelClassThatReadsARunTypeViolatesTheTable() throws ClassNotFoundException {
        JavaClasses classes = new ClassFileImporter().importClasses(Class.forName("dev.playbook.model.ModelReachingIntoRun"), RunStatus.class);
        EvaluationResult result = PackageTable.rule().withOptionalLayers(true).evaluate(classes);
        assertTrue(result.hasViolation());
        List<String> details = result.getFailureReport().getDetails();
        assertTrue(details.stream().allMatch(d -> d.contains("<dev.playbook.model.ModelReachingIntoRun") && d.contains("dev.playbook.run.RunStatus")),
                String.join("\n", details));
    }

    @Test
    void theSameClassesWithoutTheBackEdgeAreFine() {
        JavaClasses classes = new ClassFileImporter().importClasses(RunStatus.class, Retry.class);
        assertFalse(PackageTable.rule().withOptionalLayers(true).evaluate(classes).hasViolation());
    }
}
