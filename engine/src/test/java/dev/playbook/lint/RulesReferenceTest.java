package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.Repo;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule is documented, has its fixture and its test, and docs/lint-rules.md is regenerated. */
class RulesReferenceTest {

    private final Linter linter = LintFixture.allRules();

    @Test
    void docsLintRulesMatchesTheRuleClasses() {
        String doc = Repo.read(Repo.root().resolve("docs/lint-rules.md"));
        int begin = doc.indexOf(RulesMarkdown.BEGIN);
        int end = doc.indexOf(RulesMarkdown.END);
        assertTrue(begin >= 0 && end > begin, "docs/lint-rules.md must contain the generated-section markers");
        assertEquals(RulesMarkdown.render(linter.rules()).strip(), doc.substring(begin + RulesMarkdown.BEGIN.length(), end).strip(),
                "docs/lint-rules.md is stale: replace the generated section with `bin/playbook lint --rules-markdown`");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsDocumentedWithAFixtureAndATest() {
        return linter.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), "ids are kebab-case");
            assertTrue(Categories.ORDER.contains(rule.category()), "known category");
            assertFalse(rule.summary().contains("\n"), "the summary is one line");
            assertTrue(rule.documentation().length() > 150, "the documentation is a paragraph");
            assertTrue(Files.exists(LintFixture.dir().resolve(rule.id() + ".yaml")), "fixture lint/" + rule.id() + ".yaml");
            Class.forName(rule.getClass().getName() + "Test");
        }));
    }

    @Test
    void theLoaderChecksListedAreTheIdsTheLoaderReports() {
        Set<String> reported = new TreeSet<>();
        Stream.of("invalid", "invalid-semantic")
                .flatMap(dir -> Repo.yamlFiles(Repo.fixtures().resolve(dir)).stream())
                .map(file -> Repo.read(Repo.root().resolve(file.toString().replaceAll("\\.yaml$", ".expected"))))
                .flatMap(String::lines)
                .forEach(line -> reported.add(line.replaceAll(".*?\\[([a-z-]+)\\]:.*", "$1")));
        assertTrue(LoaderChecks.IDS.containsAll(reported), "undocumented loader ids: " + reported);
        assertTrue(linter.ruleIds().stream().noneMatch(LoaderChecks.IDS::contains), "rule ids differ from loader ids");
    }
}
