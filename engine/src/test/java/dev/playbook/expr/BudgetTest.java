package dev.playbook.expr;

import static dev.playbook.testing.PlaybookText.fixedClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every evaluation is bounded ({@link Budget}): the bombs of issue 16 end with
 * {@code error[expression-limit]} naming the expression and the limit — at load, so that
 * validate, lint and plan refuse them — and integer arithmetic is exact at its edges.
 */
@DisplayName("Expression budget")
class BudgetTest {

    /** Catches a hang or an out-of-memory crawl, not a slowdown (timing lives in bench/). */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final SourcePos AT = new SourcePos("budget.yaml", 3, 5);

    private static Object eval(String source) {
        return ExpressionEngine.get().evaluate(new Expression(source, AT), new Scope(Map.of(), fixedClock()));
    }

    private static ExpressionError refused(String source) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(ExpressionError.class, () -> eval(source)));
    }

    private static String playbookWithVars(String vars) {
        return """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: bomb}
                vars:
                """ + vars.indent(2) + """
                phases:
                  - id: p
                    steps:
                      - id: s
                        action: log
                        with: {message: "${vars}"}
                """;
    }

    private static String firstError(String yaml) {
        LoadResult result = assertTimeoutPreemptively(BOUND, () -> PlaybookLoader.load("bomb.yaml", yaml));
        return result.diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::headline).orElse("loads clean");
    }

    private static String chain(int count, String first, String next) {
        return "v1: " + first + "\n" + IntStream.rangeClosed(2, count)
                .mapToObj(i -> "v" + i + ": " + next.replace("PREV", "vars.v" + (i - 1)))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void stringDoublingVarsAreRefusedAtLoad() {
        assertEquals("bomb.yaml:28:22: error[expression-limit]: var `v24`: `vars.v23` makes `${vars.v23}${vars.v23}` longer than "
                        + Budget.MAX_TEXT + " characters, the limit for a string",
                firstError(playbookWithVars(chain(30, "\"a\"", "\"${PREV}${PREV}\""))));
    }

    @Test
    void stringDoublingByPlusIsRefusedAtLoad() {
        assertEquals("bomb.yaml:28:11: error[expression-limit]: var `v24`: `vars.v23 + vars.v23` builds a string of 8388608 characters; "
                        + "the limit is " + Budget.MAX_TEXT,
                firstError(playbookWithVars(chain(30, "\"a\"", "\"${PREV + PREV}\""))));
    }

    @Test
    void listDoublingVarsAreRefusedAtLoad() {
        String first = firstError(playbookWithVars(chain(30, "[a]", "\"${[PREV, PREV]}\"")));
        assertTrue(first.contains("error[expression-limit]: var `v"), first);
        assertTrue(first.endsWith("holds more than " + Budget.MAX_ELEMENTS + " list items and map entries; the limit is " + Budget.MAX_ELEMENTS), first);
    }

    @Test
    void integerSquaringVarsAreRefusedAtLoad() {
        String first = firstError(playbookWithVars(chain(30, "9223372036854775807", "\"${PREV * PREV}\"")));
        assertEquals("bomb.yaml:10:10: error[expression-limit]: var `v6`: `vars.v5 * vars.v5` makes an integer of more than 1024 bits; "
                + "the limit is 1024 bits", first);
    }

    @Test
    void aHugeRangeIsRefusedAtLoad() {
        assertEquals("bomb.yaml:5:9: error[expression-limit]: var `r`: `[1..1000000000]` makes a range of 1000000000 items; the limit is "
                + Budget.MAX_RANGE, firstError(playbookWithVars("r: \"${[1..1000000000]}\"")));
    }

    @Test
    void aVarThatNeedsARunInputIsLeftToTheRun() {
        assertEquals("loads clean", firstError("""
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: bomb}
                inputs:
                  region: {type: string}
                vars:
                  where: "in ${inputs.region}"
                phases:
                  - id: p
                    steps:
                      - id: s
                        action: log
                        with: {message: "${vars.where}"}
                """));
    }

    @Test
    void rangesAreListsNeverJavaObjects() {
        assertEquals(List.of(1L, 2L, 3L), eval("1..3"));
        assertEquals(List.of(3L, 2L, 1L), eval("3..1"));
        assertEquals("[[1,2,3]]", ExpressionEngine.text(eval("[1..3]")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "(0 - 9223372036854775807 - 1) / (0 - 1) | 9223372036854775808",
            "1 << 63 | 9223372036854775808",
            "1 << 64 | 18446744073709551616",
            "9223372036854775807 + 1 | 9223372036854775808",
            "(0 - 9223372036854775807 - 1) - 1 | -9223372036854775809",
            "9223372036854775807 * 2 | 18446744073709551614",
            "-(0 - 9223372036854775807 - 1) | 9223372036854775808",
            "(1 << 70) >> 70 | 1"})
    void integerArithmeticIsExactAtTheEdges(String source, String expected) {
        assertEquals(new BigInteger(expected), new BigInteger(String.valueOf(eval(source))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 << 2000 | makes an integer of more than 1024 bits",
            "[1..100001] | makes a range of 100001 items",
            "[0..9223372036854775807] | makes a range of 9223372036854775808 items"})
    void eachLimitIsNamedWithTheExpression(String source, String message) {
        ExpressionError e = refused(source);
        assertEquals("expression-limit", e.id());
        assertTrue(e.getMessage().startsWith("`" + source + "` " + message), e.getMessage());
        assertEquals(AT, e.pos());
    }
}
