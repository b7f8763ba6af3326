package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped playbooks and examples pass every rule. They are linted on the fixtures' fixed date:
 * their review dates are real, and the day they pass is a reason to review them, not a failing
 * build.
 */
class PlaybooksLintCleanTest {

    @TestFactory
    Stream<DynamicTest> everyPlaybookAndExampleLintsClean() {
        Linter linter = LintFixture.allRules();
        return Repo.shippedPlaybooks().stream()
                // Its action comes from the plugin it shows how to build; PluginExampleIT lints it with the plugin.
                .filter(file -> !Repo.root().resolve("examples").relativize(file).toString().startsWith("custom-action/"))
                .map(file -> DynamicTest.dynamicTest(Repo.root().relativize(file).toString(), () -> {
                    FileReport report = linter.lint(file, LintConfig.DEFAULT);
                    assertEquals(List.of(), LintFixture.headlines(report));
                    assertEquals(0, report.suppressed(), "shipped playbooks need no suppressions");
                }));
    }

    /** The same files through the parallel entry point: one report per file, in the order given. */
    @org.junit.jupiter.api.Test
    void lintingManyFilesInParallelKeepsTheirOrder() {
        List<Path> files = Repo.yamlFiles(Repo.root().resolve("playbooks"));
        List<FileReport> reports = LintFixture.allRules().lint(files, file -> LintConfig.DEFAULT);
        assertEquals(files.stream().map(Path::toString).toList(), reports.stream().map(FileReport::file).toList());
    }
}
