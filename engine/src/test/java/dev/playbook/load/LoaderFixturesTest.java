package dev.playbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invalid fixture is reported with exactly the diagnostics of its .expected file (id,
 * line, column, message); every valid fixture, playbook and example loads without one.
 */
class LoaderFixturesTest {

    @TestFactory
    Stream<DynamicTest> invalidFixturesReportExactlyTheExpectedDiagnostics() {
        Path fixtures = Repo.fixtures();
        return Stream.of("invalid", "invalid-semantic")
                .flatMap(dir -> Repo.yamlFiles(fixtures.resolve(dir)).stream())
                .map(file -> DynamicTest.dynamicTest(fixtures.relativize(file).toString(), () -> {
                    String name = fixtures.relativize(file).toString();
                    LoadResult result = PlaybookLoader.load(name, Repo.read(file));
                    List<String> expected = Repo.read(Path.of(file.toString().replaceAll("\\.yaml$", ".expected"))).lines().toList();
                    List<String> actual = result.diagnostics().stream().map(Diagnostic::headline).toList();
                    assertEquals(String.join("\n", expected), String.join("\n", actual));
                    assertTrue(result.playbook() == null, "an invalid file yields no playbook");
                }));
    }

    @TestFactory
    Stream<DynamicTest> validFilesLoadClean() {
        return Stream.concat(Repo.yamlFiles(Repo.fixtures().resolve("valid")).stream(), Repo.shippedPlaybooks().stream())
                .map(file -> DynamicTest.dynamicTest(Repo.root().relativize(file).toString(), () -> {
                    LoadResult result = PlaybookLoader.load(file);
                    assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::headline).toList());
                    assertTrue(result.ok());
                }));
    }
}
