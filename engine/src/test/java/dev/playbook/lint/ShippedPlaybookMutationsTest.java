package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.load.SourceFile;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every shipped playbook and example, damaged the way edits and bad merges damage files —
 * lines deleted or duplicated, a value swapped for another type, random unicode pasted in, the
 * file cut short, a line indented wrongly — is loaded and linted, and gets only the project's
 * own diagnostics: no exception, no Java message, no hang.
 */
class ShippedPlaybookMutationsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final List<String> OTHER_VALUES = List.of("[1, 2]", "{a: 1}", "true", "null", "12", "-5", "1e999", "'x'", "\"${inputs}\"",
            "!!binary aGk=", "*nope", "&a", "|", ">-", "\"\\e[2J\"", "P-1D", "0x7fffffffffffffffff");
    private static final List<String> SHIPPED = shipped();
    private static final Linter LINTER = LintFixture.allRules();

    private static List<String> shipped() {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("playbooks", "examples")) {
            try (Stream<Path> files = Files.list(Repo.root().resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> texts.add(Repo.read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private interface Mutation {
        String apply(String text);
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<Mutation> one = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10_000).map(i -> t -> editLine(t, i, line -> null)),
                Arbitraries.integers().between(0, 10_000).map(i -> t -> editLine(t, i, line -> line + "\n" + line)),
                Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(OTHER_VALUES))
                        .as((i, v) -> t -> editLine(t, i, line -> line.contains(": ") ? line.substring(0, line.indexOf(": ") + 2) + v : line + " " + v)),
                Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8))
                        .as((at, junk) -> t -> t.substring(0, at % (t.length() + 1)) + junk + t.substring(at % (t.length() + 1))),
                Arbitraries.integers().between(0, 100_000).map(at -> t -> t.substring(0, at % (t.length() + 1))),
                Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of("  ", "\t", " "))
                        .as((i, indent) -> t -> editLine(t, i, line -> indent + line)),
                Arbitraries.integers().between(0, 10_000).map(i -> t -> editLine(t, i, line -> line.replaceFirst("^ {1,2}", ""))));
        return Combinators.combine(Arbitraries.of(SHIPPED), one.list().ofMinSize(1).ofMaxSize(3)).as((text, mutations) -> {
            String out = text;
            for (Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        });
    }

    private static String editLine(String text, int index, java.util.function.UnaryOperator<String> edit) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.isEmpty()) {
            return text;
        }
        int i = index % lines.size();
        String edited = edit.apply(lines.get(i));
        if (edited == null) {
            lines.remove(i);
        } else {
            lines.set(i, edited);
        }
        return String.join("\n", lines) + "\n";
    }

    @Property(tries = 400)
    void aDamagedPlaybookGetsOnlyTheProjectsOwnDiagnostics(@ForAll("mutants") String text) {
        FileReport report = assertTimeoutPreemptively(BOUND, () -> LINTER.lint(new SourceFile("mutant.yaml", text), LintConfig.DEFAULT));
        Set<String> known = new HashSet<>(LoaderChecks.IDS);
        known.addAll(LINTER.ruleIds());
        for (Diagnostic d : report.diagnostics()) {
            assertTrue(known.contains(d.id()), () -> "not a project diagnostic: " + d.headline() + "\n--- in ---\n" + text);
            assertFalse(d.message().contains("Exception") || d.message().contains("java.") || d.message().contains("\tat "),
                    () -> "a Java message reached the user: " + d.headline());
            assertTrue(d.pos().line() >= 1 && d.pos().column() >= 1, () -> "a position in the file: " + d.headline());
        }
    }
}
