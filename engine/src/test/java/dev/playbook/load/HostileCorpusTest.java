package dev.playbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.TerminalText;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus: malformed and hostile playbooks under src/test/resources/hostile (YAML,
 * schema, expressions, bombs, tags, encodings, sizes). {@code expected.tsv} gives each file its
 * time bound and its first diagnostic as a terminal shows it; every file must end within its
 * bound with exactly that diagnostic. The bounds catch a hang or a runaway, not a slowdown:
 * figures are in docs/reliability.md.
 */
@DisplayName("Hostile corpus: each file ends in time with its expected first diagnostic")
class HostileCorpusTest {

    private static final Path DIR = Repo.root().resolve("engine/src/test/resources/hostile");

    record Expectation(String file, Duration bound, String firstDiagnostic) {
    }

    static List<Expectation> expectations() throws IOException {
        return Files.readAllLines(DIR.resolve("expected.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 3))
                .map(f -> new Expectation(f[0], Duration.ofSeconds(Long.parseLong(f[1])), f[2]))
                .toList();
    }

    static Stream<Arguments> corpus() throws IOException {
        return expectations().stream().map(e -> Arguments.of(e.file(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsInTimeWithItsFirstDiagnostic(String file, Expectation expected) {
        LoadResult result = assertTimeoutPreemptively(expected.bound(), () -> PlaybookLoader.load(DIR.resolve(file)));
        Diagnostic first = result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .orElseThrow(() -> new AssertionError(file + " loads clean"));
        String shown = TerminalText.line(first.headline()).substring(DIR.resolve(file).toString().length() + 1);
        assertEquals(expected.firstDiagnostic(), shown, file);
    }

    @Test
    void theCorpusHasAtLeastOneHundredFilesAndEachHasItsExpectation() throws IOException {
        Set<String> listed = expectations().stream().map(Expectation::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(DIR)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).collect(Collectors.toSet());
            assertEquals(present, listed, "every corpus file has a line in expected.tsv, and every line a file");
            assertTrue(present.size() >= 100, "at least 100 hostile files, not " + present.size());
        }
    }
}
