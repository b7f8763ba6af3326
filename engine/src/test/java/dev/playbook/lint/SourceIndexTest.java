package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.lint.rules.UnknownStepRule;
import dev.playbook.load.SourceFile;
import dev.playbook.load.YamlDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Positions inside expressions whatever the YAML style: the caret goes under the token in plain,
 * quoted, escaped, folded and literal scalars alike.
 */
class SourceIndexTest {

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: styles}
            phases:
              - id: p
                steps:
                  - id: plain
                    action: log
                    with: {message: "say \\"hi\\" to ${steps.nope1.status}"}
                  - id: folded
                    when: >-
                      steps.plain.status == 'succeeded' &&
                      steps.nope2.status == 'succeeded'
                    action: log
                    with: {message: hi}
                  - id: literal
                    verify:
                      - that: |
                          steps.plain.status == 'succeeded'
                            && steps.nope3.status == 'succeeded'
            """;

    @Test
    void tokensAreFoundInEveryScalarStyle() {
        Linter linter = Linter.builder().rule(UnknownStepRule::new).actions(LintFixture.ACTIONS).build();
        List<String> positions = linter.lint(new SourceFile("styles.yaml", PLAYBOOK), LintConfig.DEFAULT).diagnostics().stream()
                .map(d -> d.pos().line() + ":" + d.pos().column()).toList();
        assertEquals(List.of(
                "9:42",    // in a double-quoted string, counting the escaped quotes as written
                "13:11",   // on the second line of a folded scalar
                "20:20"),  // on the second line of a literal block, past its extra indentation
                positions);
    }

    @Test
    void entriesAreFoundByTheirPathFromTheTop() {
        SourceFile source = new SourceFile("paths.yaml", """
                apiVersion: playbook/v1
                metadata: {name: paths}
                vars:
                  a: 1
                  nested:
                    b: "two"
                phases: []
                """);
        SourceIndex index = new SourceIndex(source, YamlDocument.compose(source));
        assertEquals("4:3 4:6", at(index.entry("vars", "a").orElseThrow()));
        assertEquals("6:5 6:8", at(index.entry("vars", "nested", "b").orElseThrow()));
        assertEquals("2:12 2:18", at(index.entry("metadata", "name").orElseThrow()));
        assertEquals(Optional.empty(), index.entry("vars", "missing"));
        assertEquals(Optional.empty(), index.entry("vars", "a", "below-a-scalar"));
        assertEquals(Optional.empty(), index.entry("phases", "p"));
    }

    private static String at(SourceIndex.Entry entry) {
        return entry.keyPos().line() + ":" + entry.keyPos().column() + " " + entry.valuePos().line() + ":" + entry.valuePos().column();
    }
}
