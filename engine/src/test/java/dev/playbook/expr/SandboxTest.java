package dev.playbook.expr;

import static dev.playbook.testing.PlaybookText.FIXED_NOW;
import static dev.playbook.testing.PlaybookText.errorsWithId;
import static dev.playbook.testing.PlaybookText.fixedClock;
import static dev.playbook.testing.PlaybookText.headlines;
import static dev.playbook.testing.PlaybookText.positionOf;
import static dev.playbook.testing.PlaybookText.stepWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Playbook expressions come from pull requests. They may read values, compare and compute,
 * and call the {@code time:} functions — nothing else: no classes, reflection, constructors,
 * methods, assignments, loops, lambdas or pragmas. Syntax that could reach Java is refused when
 * the expression is compiled (so {@code validate} catches it), and what parses anyway never
 * yields a Java class or touches the scope when evaluated.
 */
@DisplayName("Expression sandbox")
class SandboxTest {

    private static final ExpressionEngine ENGINE = ExpressionEngine.get();
    /** Where the expressions below are said to start in their YAML file. */
    private static final SourcePos AT = new SourcePos("sandbox.yaml", 7, 15);
    private static final Set<String> REFUSED = Set.of("expression-forbidden", "expression-syntax");

    private static Expression expr(String source) {
        return new Expression(source, AT);
    }

    /** A scope with mutable maps, so that any write an expression managed would show. */
    private static Scope scope() {
        Map<String, Object> inputs = new HashMap<>(Map.of("n", 3L, "region", "eu-west-1"));
        Map<String, Object> result = new HashMap<>(Map.of("status", "available"));
        Map<String, Object> steps = new HashMap<>(Map.of("x", new HashMap<>(Map.of("result", result))));
        return new Scope(Map.of("inputs", inputs, "steps", steps, "vars", new HashMap<>()), fixedClock());
    }

    private static void assertPointsInside(String source, SourcePos pos) {
        assertEquals(AT.file(), pos.file());
        assertEquals(AT.line(), pos.line(), () -> "line of " + pos);
        assertTrue(pos.column() >= AT.column() && pos.column() < AT.column() + source.length(),
                () -> "column " + pos.column() + " lies inside `" + source + "` (columns " + AT.column() + ".."
                        + (AT.column() + source.length() - 1) + ")");
    }

    /** What an expression may produce: nothing that gives a handle on Java itself. */
    private static void assertPlainValue(Object value) {
        assertFalse(value instanceof Class, () -> "a java.lang.Class escaped: " + value);
        assertFalse(value instanceof ClassLoader || value instanceof Member || value instanceof AccessibleObject
                || value instanceof Runtime || value instanceof Thread, () -> "a Java handle escaped: " + value);
        assertTrue(value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Map || value instanceof Collection, () -> "not a plain value: " + value.getClass());
    }

    @Nested
    @DisplayName("refused when compiled")
    class RefusedWhenCompiled {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            // reflection and classes
            "''.class.forName('java.lang.Runtime')",
            "''.getClass()",
            "inputs.getClass().forName('x')",
            "''.class.getMethods()",
            "time:now().getClass()",
            "java.lang.System.exit(0)",
            "java.lang.Runtime:getRuntime()",
            // constructors
            "new('java.io.File','/tmp/x')",
            "new java.io.File('/tmp')",
            // method calls, even harmless ones
            "'abc'.length()",
            "[1,2].stream()",
            "{'a':1}.entrySet()",
            "time.now()",
            // assignment and side effects
            "x = 1",
            "x.y = 1",
            "inputs.n += 1",
            "inputs['n'] = 2",
            "inputs.x++",
            "--inputs.n",
            // local variables
            "var x = 1",
            "let x = 1",
            "const x = 1",
            // loops and control flow
            "for (i : [1,2]) 1",
            "while (true) 1",
            "do 1 while (true)",
            "if (true) 1",
            "return 1",
            "break",
            // functions and lambdas
            "function() { 1 }",
            "function(x) { x }",
            "(x) -> x",
            "(x) => x",
            "x => x",
            "(a, b) => a + b",
            // pragmas, imports, annotations, several statements
            "#pragma jexl.namespace.s java.lang.System",
            "#pragma x y",
            "import java.io",
            "@silent inputs.n",
            "1; 2",
        })
        @DisplayName("an escape attempt is refused at compile time, pointing inside the expression")
        void escapeAttemptIsRefusedAtCompileTime(String source) {
            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.compile(expr(source)));

            assertTrue(REFUSED.contains(e.id()), () -> "id " + e.id() + ": " + e.getMessage());
            assertPointsInside(source, e.pos());
            assertFalse(e.getMessage().isBlank());
        }

        @Test
        @DisplayName("a forbidden construct is reported with the sandbox hint")
        void forbiddenConstructCarriesTheSandboxHint() {
            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.compile(expr("''.getClass()")));

            assertEquals("expression-forbidden", e.id());
            assertTrue(e.hint() != null && e.hint().contains("time:now()"), () -> "hint: " + e.hint());
        }

        @Test
        @DisplayName("the column of a forbidden method call is that of its `.`")
        void columnOfForbiddenMethodCallIsThatOfItsDot() {
            String source = "1 == 1 && ''.class.forName('x')";

            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.compile(expr(source)));

            assertEquals(AT.column() + source.indexOf(".forName"), e.pos().column());
        }

        @Test
        @DisplayName("an expression of 10,000 characters is refused before it is parsed")
        void tenThousandCharacterExpressionIsRefused() {
            String source = "inputs.n + ".repeat(1_000) + "1";
            assertTrue(source.length() > 10_000);

            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.compile(expr(source)));

            assertEquals("expression-syntax", e.id());
            assertEquals(AT, e.pos());
            assertTrue(e.getMessage().contains(String.valueOf(ExpressionEngine.MAX_LENGTH)), e::getMessage);
        }

        @Test
        @DisplayName("MAX_LENGTH characters are accepted, one more is refused")
        void lengthLimitIsExact() {
            String atLimit = "'" + "a".repeat(ExpressionEngine.MAX_LENGTH - 2) + "'";
            String overLimit = "'" + "b".repeat(ExpressionEngine.MAX_LENGTH - 1) + "'";

            assertEquals("a".repeat(ExpressionEngine.MAX_LENGTH - 2), ENGINE.evaluate(expr(atLimit), scope()));
            assertThrows(ExpressionError.class, () -> ENGINE.compile(expr(overLimit)));
        }

        @Test
        @DisplayName("an expression nested 2,000 parentheses deep is refused with an ExpressionError")
        void deeplyNestedExpressionIsRefusedWithAnExpressionError() {
            String source = "(".repeat(2_000) + "1" + ")".repeat(2_000);

            Throwable thrown = assertThrows(Throwable.class, () -> ENGINE.compile(expr(source)));

            ExpressionError e = assertInstanceOf(ExpressionError.class, thrown);
            assertEquals("expression-syntax", e.id());
        }
    }

    @Nested
    @DisplayName("what parses never reaches Java")
    class NeverReachesJava {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "''.class",
            "inputs.n.class",
            "steps.x.result.class",
            "steps.x.result.class.name",
            "''.class.name",
            "inputs.class",
            "inputs['class']",
            "''['class']",
            "inputs.n['class']",
            "[1,2].class",
            "{'a':1}.class",
            "time:now().class",
            "(1..3).class",
            "steps.x['getClass']",
        })
        @DisplayName("reading `class` yields an evaluation error or null, never a Class, and changes nothing")
        void readingClassNeverYieldsAClass(String source) {
            Scope scope = scope();
            String before = scope.variables().toString();

            try {
                Object value = ENGINE.evaluate(expr(source), scope);
                assertPlainValue(value);
                assertEquals(null, value, "no such property reads as null");
            } catch (ExpressionError e) {
                assertTrue(e.id().startsWith("expression-"), e::id);
            }

            assertEquals(before, scope.variables().toString(), "the scope is unchanged");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "`${''.class.forName('java.lang.Runtime')}`",
            "`${''.getClass()}`",
            "`${new('java.io.File','/tmp/x')}`",
            "`${inputs.n = 1}`",
            "`${inputs.n.class}`",
            "`${for (i : [1,2]) 1}`",
            "`${(x) -> x}`",
            "`${#pragma jexl.namespace.s java.lang.System}`",
        })
        @DisplayName("an escape attempt inside a JEXL `backtick` string is refused when the expression compiles")
        void escapeInsideBacktickStringIsRefusedAtCompileTime(String source) {
            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.compile(expr(source)));

            assertEquals("expression-forbidden", e.id());
            assertEquals(0, e.offset(), "points at the opening backtick");
        }
    }

    @Nested
    @DisplayName("the time: namespace")
    class TimeNamespace {

        @Test
        @DisplayName("time:now() is the clock's time, ISO-8601 to the second")
        void nowReadsTheClock() {
            assertEquals("2024-01-01T00:00:00Z", ENGINE.evaluate(expr("time:now()"), scope()));
        }

        @Test
        @DisplayName("time:ago('5m') is five minutes before the clock's time")
        void agoSubtractsADuration() {
            assertEquals("2023-12-31T23:55:00Z", ENGINE.evaluate(expr("time:ago('5m')"), scope()));
        }

        @Test
        @DisplayName("time:epoch() is the clock's epoch second, as a Long")
        void epochIsTheEpochSecond() {
            assertEquals(FIXED_NOW.getEpochSecond(), ENGINE.evaluate(expr("time:epoch()"), scope()));
        }

        @Test
        @DisplayName("time:ago with something that is not a duration says so, not just that the call failed")
        void agoWithABadDurationSaysWhy() {
            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.evaluate(expr("time:ago('soon')"), scope()));

            assertTrue(e.getMessage().startsWith("not a duration: 'soon' in `time:ago('soon')`"), e::getMessage);
        }

        @Test
        @DisplayName("time: functions compare with strings, as conditions do")
        void timeFunctionsWorkInConditions() {
            assertTrue(ENGINE.test(expr("time:ago('1h') < time:now()"), scope()));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"time:getClass()", "time:hashCode()", "time:toString()", "time:notify()", "time:wait(100000)",
            "time:ago(1)", "time:ago('soon')"})
        @DisplayName("only the declared time: functions can be called; Object's methods cannot")
        void onlyDeclaredTimeFunctionsCanBeCalled(String source) {
            Scope scope = scope();

            ExpressionError e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> assertThrows(ExpressionError.class, () -> {
                        ENGINE.compile(expr(source));
                        assertPlainValue(ENGINE.evaluate(expr(source), scope));
                    }));

            assertTrue(e.id().startsWith("expression-"), e::id);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"sys:exit(0)", "java:lang()", "runtime:exec('ls')"})
        @DisplayName("an unknown namespace fails")
        void unknownNamespaceFails(String source) {
            ExpressionError e = assertThrows(ExpressionError.class, () -> {
                ENGINE.compile(expr(source));
                ENGINE.evaluate(expr(source), scope());
            });

            assertTrue(e.id().startsWith("expression-"), e::id);
        }
    }

    @Nested
    @DisplayName("in a playbook")
    class InAPlaybook {

        private static final String FILE = "sandbox.yaml";

        /** Step lines, each holding the forbidden call `.forName(...)` on one line. */
        static Stream<Arguments> forbiddenOnOneLine() {
            return Stream.of(
                    Arguments.of("plain when", "        when: 1 == 1 && ''.class.forName('x')\n"),
                    Arguments.of("double-quoted when", "        when: \"1 == 1 && ''.class.forName('x')\"\n"),
                    Arguments.of("single-quoted when", "        when: '1 == 1 && \"\".class.forName(\"x\")'\n"),
                    Arguments.of("expect", "        expect: \"result.ok && ''.class.forName('x')\"\n"),
                    Arguments.of("retry_if", "        retry: {attempts: 3, retry_if: \"''.class.forName('x')\"}\n"),
                    Arguments.of("title template", "        title: \"Promote ${1 == 1 && ''.class.forName('x')}\"\n"),
                    Arguments.of("region template", "        region: \"${''.class.forName('x')}\"\n"),
                    Arguments.of("second interpolation of a parameter",
                            "        with: {message: \"a ${inputs.n} b ${''.class.forName('x')}\"}\n"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("forbiddenOnOneLine")
        @DisplayName("the loader reports a forbidden call at the line and column of the offending `.forName`")
        void loaderReportsForbiddenCallAtItsToken(String what, String stepLines) {
            String text = stepWith(stepLines);

            LoadResult result = PlaybookLoader.load(FILE, text);

            List<Diagnostic> errors = errorsWithId(result, "expression-forbidden");
            assertEquals(1, errors.size(), () -> headlines(result));
            assertEquals(positionOf(FILE, text, ".forName"), errors.get(0).pos(), errors.get(0)::headline);
        }

        static Stream<Arguments> forbiddenAfterEscapesOrOnALaterLine() {
            return Stream.of(
                    Arguments.of("double-quoted with an escape", "        when: \"\\t1 == 1 && ''.class.forName('x')\"\n"),
                    Arguments.of("single-quoted with a doubled quote", "        when: '1 == 1 && ''''.class.forName(''x'')'\n"),
                    Arguments.of("second line of a literal block", "        when: |\n          1 == 1 &&\n            ''.class.forName('x')\n"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("forbiddenAfterEscapesOrOnALaterLine")
        @DisplayName("the loader reports a forbidden call at its token after escapes and on later lines")
        void loaderReportsForbiddenCallAtItsTokenAfterEscapesOrOnLaterLines(String what, String stepLines) {
            String text = stepWith(stepLines);

            LoadResult result = PlaybookLoader.load(FILE, text);

            List<Diagnostic> errors = errorsWithId(result, "expression-forbidden");
            assertEquals(positionOf(FILE, text, ".forName"), errors.get(0).pos(), errors.get(0)::headline);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "        when: >\n          1 == 1 &&\n          ''.class.forName('x')\n",
            "        when: 1 == 1 &&\n          ''.class.forName('x')\n"})
        @DisplayName("a forbidden call in a folded expression is reported at a column that exists on its line")
        void foldedExpressionErrorPointsAtAColumnThatExists(String stepLines) {
            String text = stepWith(stepLines);

            LoadResult result = PlaybookLoader.load(FILE, text);

            Diagnostic d = errorsWithId(result, "expression-forbidden").get(0);
            String line = text.lines().toList().get(d.pos().line() - 1);
            assertTrue(d.pos().column() <= line.length(), () -> d.headline() + " but line " + d.pos().line() + " is `" + line + "`");
        }

        @Test
        @DisplayName("every forbidden expression of a playbook is reported, not only the first")
        void everyForbiddenExpressionIsReported() {
            String text = stepWith("""
                            when: "''.getClass()"
                            expect: "x = 1"
                            with: {a: "${new('java.io.File', '/')}", b: "${inputs.n.toString()}"}
                    """);

            LoadResult result = PlaybookLoader.load(FILE, text);

            List<Integer> lines = new ArrayList<>(result.diagnostics().stream().map(d -> d.pos().line()).toList());
            assertEquals(List.of(9, 10, 11, 11), lines, () -> headlines(result));
            result.diagnostics().forEach(d -> assertTrue(REFUSED.contains(d.id()), d::headline));
        }
    }

    @Nested
    @DisplayName("regular expressions")
    class RegularExpressions {

        private static final String EVIL_TEXT = "a".repeat(40) + "!";

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"text =~ '(.*a){20}'", "text =~ ~/(.*a){20}$/", "text !~ '(.*a){20}b'"})
        @DisplayName("a match that backtracks without end fails the expression after its budget instead of hanging the run")
        void catastrophicBacktrackingFailsTheExpression(String source) {
            Scope scope = new Scope(Map.of("text", EVIL_TEXT), fixedClock());

            ExpressionError e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(ExpressionError.class, () -> ENGINE.evaluate(expr(source), scope)));

            assertEquals("expression-limit", e.id());
            assertTrue(e.getMessage().contains("on a 41-character text within 250ms"), e::getMessage);
        }

        @Test
        @DisplayName("ordinary matches are unaffected: anchored, unanchored, negated, over long text")
        void ordinaryMatchesAreUnaffected() {
            Scope scope = new Scope(Map.of("status", "available", "log", "x".repeat(100_000) + " ERROR"), fixedClock());

            assertTrue(ENGINE.test(expr("status =~ 'avail.*'"), scope));
            assertTrue(ENGINE.test(expr("status !~ 'fail.*'"), scope));
            assertTrue(ENGINE.test(expr("log =~ ~/.*ERROR$/"), scope));
            assertTrue(ENGINE.test(expr("'available' =~ ['available', 'backing-up']"), scope));
        }
    }
}
