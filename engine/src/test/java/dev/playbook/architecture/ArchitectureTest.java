package dev.playbook.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine's packages keep the structure docs/architecture.md describes. */
@AnalyzeClasses(packages = "dev.playbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependenciesFollowThePackageTable = PackageTable.rule();

    /** Every package is its own slice here, so `lint` and `lint.rules` may not need each other either. */
    @ArchTest
    static final ArchRule noPackagesDependOnEachOther = slices().matching("dev.playbook.(**)")
            .should().beFreeOfCycles()
            .as("no cycles between packages, sub-packages included");

    @ArchTest
    static final ArchRule stepKindsAreToldApartByTheVisitor = StepKinds.areToldApartByTheVisitor();
}
