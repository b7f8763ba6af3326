package dev.playbook.expr;

import static dev.playbook.testing.PlaybookText.assertLoadsClean;
import static dev.playbook.testing.PlaybookText.columnOf;
import static dev.playbook.testing.PlaybookText.fixedClock;
import static dev.playbook.testing.PlaybookText.headlines;
import static dev.playbook.testing.PlaybookText.lineOf;
import static dev.playbook.testing.PlaybookText.minimalWith;
import static dev.playbook.testing.PlaybookText.singleError;
import static dev.playbook.testing.PlaybookText.stepWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.ManualStep;
import dev.playbook.model.Playbook;
import dev.playbook.model.Steps;
import dev.playbook.run.ScopeBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strings in {@code vars}, {@code with}, titles and instructions are templates: {@code ${expr}}
 * interpolates an expression, {@code $${} writes a literal {@code ${}. A template that is exactly
 * one interpolation keeps the value's type; anything else is a string. Templates are read by the
 * loader and resolved at the start of a run.
 */
@DisplayName("Templates")
class TemplateTest {

    private static final String FILE = "template.yaml";
    private static final Map<String, Object> INPUTS = inputs();

    private static Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("n", 42L);
        inputs.put("region", "eu-west-1");
        inputs.put("enabled", true);
        inputs.put("cfg", Map.of("size", 3L));
        return inputs;
    }

    /** Loads a playbook with the given vars (YAML lines indented by 2) and returns the vars as resolved at the start of a run. */
    private static Map<String, Object> resolveVars(String varsYaml) {
        LoadResult result = PlaybookLoader.load(FILE, minimalWith("vars:\n" + varsYaml));
        assertLoadsClean(result);
        Scope scope = ScopeBuilder.initial(result.playbook(), INPUTS, fixedClock());
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) scope.get("vars");
        return vars;
    }

    private static Object resolveVar(String yamlValue) {
        return resolveVars("  v: " + yamlValue + "\n").get("v");
    }

    @Nested
    @DisplayName("types")
    class Types {

        @Test
        @DisplayName("`${inputs.n}` alone keeps the integer type (Long)")
        void soleInterpolationKeepsIntegerType() {
            assertEquals(42L, assertInstanceOf(Long.class, resolveVar("\"${inputs.n}\"")));
        }

        @Test
        @DisplayName("spaces inside the braces do not make it a string")
        void spacesInsideTheBracesKeepTheType() {
            assertEquals(42L, resolveVar("\"${ inputs.n }\""));
        }

        @Test
        @DisplayName("a sole comparison is a Boolean, a sole map is a Map")
        void soleInterpolationKeepsBooleanAndMapTypes() {
            assertEquals(true, resolveVar("\"${inputs.n > 40}\""));
            assertEquals(Map.of("size", 3L), resolveVar("\"${inputs.cfg}\""));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "\"a ${inputs.n} b\"          | a 42 b",
            "\" ${inputs.n}\"             | ^ 42^",
            "\"${inputs.n} \"             | ^42 ^",
            "\"${inputs.n}${inputs.n}\"   | 4242",
            "\"n=${inputs.n > 40}\"       | n=true",
            "\"${inputs.region}-backup\"  | eu-west-1-backup",
        })
        @DisplayName("text around or between interpolations makes a String")
        void textAroundInterpolationMakesAString(String yaml, String expected) {
            assertEquals(expected, assertInstanceOf(String.class, resolveVar(yaml)));
        }

        @Test
        @DisplayName("a map interpolated into text reads as JSON")
        void mapInTextReadsAsJson() {
            assertEquals("cfg={\"size\":3}", resolveVar("\"cfg=${inputs.cfg}\""));
        }

        @Test
        @DisplayName("a string without `${` is left as it is, `$` and braces included")
        void stringWithoutInterpolationIsLeftAsItIs() {
            assertEquals("costs $5 {per} hour", resolveVar("\"costs $5 {per} hour\""));
        }

        @Test
        @DisplayName("vars are resolved in order, each seeing the ones before it")
        void varsSeeEarlierVars() {
            Map<String, Object> vars = resolveVars("  a: \"${inputs.n + 1}\"\n  b: \"${vars.a * 2}\"\n  c: \"v${vars.b}\"\n");

            assertEquals(List.of(43L, 86L, "v86"), List.copyOf(vars.values()));
        }

        @Test
        @DisplayName("templates in `with:` are resolved through the whole parameter tree, keeping structure and types")
        void withParametersResolveThroughTheTree() {
            LoadResult result = PlaybookLoader.load(FILE, stepWith("""
                            with:
                              count: "${inputs.n}"
                              label: "n=${inputs.n}"
                              list: ["${inputs.region}", 2, "${inputs.n - 2}"]
                              nested: {flag: "${inputs.n > 1}", literal: true}
                    """));
            assertLoadsClean(result);
            Playbook playbook = result.playbook();
            Scope scope = ScopeBuilder.initial(playbook, INPUTS, fixedClock());

            Object with = ScopeBuilder.resolve(Steps.call(playbook.step("s").orElseThrow()).with(), scope);

            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("count", 42L);
            expected.put("label", "n=42");
            expected.put("list", List.of("eu-west-1", 2L, 40L));
            expected.put("nested", Map.of("flag", true, "literal", true));
            assertEquals(expected, with);
        }

        @Test
        @DisplayName("manual instructions render to a string")
        void manualInstructionsRenderToAString() {
            String text = stepWith("").replace("        action: log\n", "        manual: \"Fail over ${inputs.region} (${inputs.n} nodes)\"\n");
            LoadResult result = PlaybookLoader.load(FILE, text);
            assertLoadsClean(result);
            ManualStep step = (ManualStep) result.playbook().step("s").orElseThrow();

            Object rendered = ScopeBuilder.render(step.instructions(), ScopeBuilder.initial(result.playbook(), INPUTS, fixedClock()));

            assertEquals("Fail over eu-west-1 (42 nodes)", rendered);
        }
    }

    @Nested
    @DisplayName("escapes, braces and quotes")
    class EscapesBracesAndQuotes {

        @Test
        @DisplayName("`$${literal}` renders `${literal}` and is not compiled")
        void doubleDollarIsALiteral() {
            assertEquals("${literal}", resolveVar("\"$${literal}\""));
            assertEquals("keep ${not an expression +} here", resolveVar("\"keep $${not an expression +} here\""));
        }

        @Test
        @DisplayName("a literal `${` next to an interpolation: `$${x} ${inputs.n}`")
        void literalNextToInterpolation() {
            assertEquals("${x} 42", resolveVar("\"$${x} ${inputs.n}\""));
        }

        @Test
        @DisplayName("braces inside an interpolation are balanced: `${ {'a':1}['a'] }` is 1")
        void bracesInsideInterpolationAreBalanced() {
            assertEquals(1L, resolveVar("\"${ {'a':1}['a'] }\""));
            assertEquals(2L, resolveVar("\"${ {'a': {'b': 2}}['a']['b'] }\""));
        }

        @Test
        @DisplayName("a `}` inside a quoted string does not close the interpolation")
        void closingBraceInsideQuotesDoesNotClose() {
            assertEquals("a}b", resolveVar("\"${ 'a}b' }\""));
            assertEquals("}{", resolveVar("'${ \"}\" + \"{\" }'"));
            assertEquals("x}y=42", resolveVar("\"${'x}y'}=${inputs.n}\""));
        }

        @Test
        @DisplayName("an escaped quote inside a quoted string does not end it")
        void escapedQuoteInsideQuotedString() {
            assertEquals("it's }", resolveVar("\"${ 'it\\\\'s }' }\""));
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "double-quoted | ^  v: \"a ${inputs.n} b ${inputs.m\"^",
            "plain         | ^  v: a ${inputs.n} b ${inputs.m^",
            "single-quoted | ^  v: 'a ${inputs.n} b ${inputs.m'^",
            "alone         | ^  v: \"${inputs.n\"^",
        })
        @DisplayName("an unterminated `${` is an expression-syntax error at the column of its `${`")
        void unterminatedInterpolationIsReportedAtItsStart(String style, String varLine) {
            String text = minimalWith("vars:\n" + varLine + "\n");

            Diagnostic d = singleError(PlaybookLoader.load(FILE, text), "expression-syntax");

            int line = lineOf(text, "  v: ");
            int column = varLine.lastIndexOf("${") + 1;
            assertEquals(line + ":" + column, d.pos().line() + ":" + d.pos().column(), d::headline);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "double-quoted var       | ^  v: \"a ${inputs.n} b ${inputs.n +* 2} c\"^",
            "plain var               | ^  v: a ${inputs.n} b ${inputs.n +* 2} c^",
            "flow mapping var        | ^  v: {k: \"${inputs.n} and ${inputs.n +* 2}\"}^",
        })
        @DisplayName("a syntax error in the second interpolation is reported inside that interpolation")
        void syntaxErrorInSecondInterpolationIsReportedInsideIt(String style, String varLine) {
            String text = minimalWith("vars:\n" + varLine + "\n");

            LoadResult result = PlaybookLoader.load(FILE, text);

            Diagnostic d = singleError(result, "expression-syntax");
            int line = lineOf(text, "  v: ");
            int start = varLine.lastIndexOf("${") + 1;
            int end = varLine.indexOf('}', start) + 1;
            assertEquals(line, d.pos().line(), d::headline);
            assertTrue(d.pos().column() > start + 1 && d.pos().column() < end,
                    () -> d.headline() + " is not inside the second interpolation (columns " + (start + 2) + ".." + (end - 1) + ")");
            assertEquals(columnOf(text, line, "+* 2"), d.pos().column(), () -> "at the offending operator: " + d.headline());
        }

        @Test
        @DisplayName("an empty interpolation `${}` is refused at its position")
        void emptyInterpolationIsRefused() {
            String text = stepWith("        with: {message: \"a ${} b\"}\n");

            Diagnostic d = singleError(PlaybookLoader.load(FILE, text), "expression-syntax");

            assertEquals(9, d.pos().line(), d::headline);
            int dollar = columnOf(text, 9, "${}");
            assertTrue(d.pos().column() >= dollar && d.pos().column() <= dollar + 2, d::headline);
        }

        @Test
        @DisplayName("every bad interpolation of a file is reported, in order")
        void everyBadInterpolationIsReported() {
            String text = minimalWith("vars:\n  a: \"${1 +}\"\n  b: \"ok ${inputs.n}\"\n  c: \"x ${inputs.n\"\n");

            LoadResult result = PlaybookLoader.load(FILE, text);

            assertEquals(List.of("11:expression-syntax", "13:expression-syntax"),
                    result.diagnostics().stream().map(d -> d.pos().line() + ":" + d.id()).toList(), () -> headlines(result));
        }
    }
}
