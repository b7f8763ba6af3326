package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Expression;
import dev.playbook.model.Playbook;
import dev.playbook.model.Steps;
import dev.playbook.testing.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The walker tags each expression with the field it is in, so it enumerates step fields itself;
 * this keeps it in step with {@link Steps#expressions} when the model grows a field.
 */
class WalkerTest {

    @TestFactory
    Stream<DynamicTest> rulesSeeExactlyTheExpressionsOfEveryStep() {
        return Stream.of("playbooks", "engine/src/test/resources/fixtures/valid")
                .flatMap(dir -> Repo.yamlFiles(Repo.root().resolve(dir)).stream())
                .map(file -> DynamicTest.dynamicTest(Repo.root().relativize(file).toString(), () -> {
                    Playbook playbook = PlaybookLoader.load(file).playbook();
                    List<Expression> expected = new ArrayList<>();
                    playbook.allSteps().forEach(step -> Steps.expressions(step).forEach(expected::add));
                    List<Expression> seen = new ArrayList<>();
                    Rule collector = new Rule() {
                        @Override
                        public String id() {
                            return "collector";
                        }

                        @Override
                        public dev.playbook.diag.Severity severity() {
                            return dev.playbook.diag.Severity.INFO;
                        }

                        @Override
                        public String category() {
                            return "test";
                        }

                        @Override
                        public String summary() {
                            return "";
                        }

                        @Override
                        public String documentation() {
                            return "";
                        }

                        @Override
                        public void expression(ExpressionSite site) {
                            if (site.step() != null) {
                                seen.add(site.expression());
                            }
                        }
                    };
                    List<StepSite> sites = Walker.sites(playbook);
                    Walker.walk(new LintFile(playbook, null, LintFixture.ACTIONS, null, sites), sites, List.of(collector));
                    assertEquals(expected.stream().map(Expression::pos).sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                            seen.stream().map(Expression::pos).sorted(java.util.Comparator.comparing(Object::toString)).toList());
                }));
    }
}
