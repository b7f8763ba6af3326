package dev.playbook.expr;

import static dev.playbook.testing.PlaybookText.fixedClock;
import static dev.playbook.testing.PlaybookText.headlines;
import static dev.playbook.testing.PlaybookText.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Template;
import dev.playbook.run.ScopeBuilder;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the expression engine over generated input: compiling never fails with
 * anything but an {@link ExpressionError}; integer arithmetic and comparisons mean what they
 * mean in Java's long arithmetic (and past the long range the result is exact, not wrapped); a
 * template that is one {@code ${expr}} keeps the value's type and any other template is a string.
 */
@Label("Expression properties")
class ExpressionPropertiesTest {

    private static final ExpressionEngine ENGINE = ExpressionEngine.get();
    private static final SourcePos AT = new SourcePos("props.yaml", 5, 9);

    private static Scope scope() {
        return new Scope(Map.of("inputs", Map.of("n", 3L), "vars", Map.of(), "steps", Map.of()), fixedClock());
    }

    // ---------------------------------------------------------------------------------------
    // Compiling anything

    @Property(tries = 300)
    @Label("compiling any string succeeds or throws ExpressionError positioned at or after the expression's line")
    void compilingAnyStringSucceedsOrThrowsExpressionError(@ForAll("expressionLike") String source) {
        Expression expression = new Expression(source, AT);
        try {
            ENGINE.compile(expression);
            Statistics.label("outcome").collect("compiled");
        } catch (ExpressionError e) {
            Statistics.label("outcome").collect(e.id());
            assertTrue(e.id().equals("expression-syntax") || e.id().equals("expression-forbidden"), e::id);
            assertEquals(AT.file(), e.pos().file());
            assertTrue(e.pos().line() >= AT.line(), () -> "line " + e.pos().line() + " is before the expression's line " + AT.line());
            int lineBreaks = source.split("\r\n|\r|\n", -1).length - 1; // JEXL, like YAML, also breaks lines at a lone CR
            assertTrue(e.pos().line() <= AT.line() + lineBreaks, () -> "line " + e.pos().line() + " is past the expression's last line");
            assertTrue(e.pos().column() >= 1, () -> "column " + e.pos().column());
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    /**
     * Any text; soups of expression fragments (operators, quotes, `${`, forbidden words, unicode,
     * line breaks); and valid expressions with one fragment inserted somewhere, as typos make them.
     * Regex literals appear only whole and valid ({@code ~/x/}): an invalid one is a known bug,
     * specified by {@link #invalidRegexLiteralIsAnExpressionError()}; open the fragment up to
     * {@code "~/"} once it is fixed.
     */
    @Provide
    Arbitrary<String> expressionLike() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> fragments = Arbitraries.of(
                        "inputs", "steps", "vars", "result", ".", "n", "x", "[", "]", "(", ")", "{", "}", "'", "\"", "`", "${",
                        " ", " ", "\n", "\t", ",", ":", ";", "?", "?:", "??", "+", "-", "*", "/", "%", "==", "!=", "<", "<=", "=",
                        "=~", "!~", "&&", "||", "!", "and", "or", "not", "1", "42", "3.5", "true", "null", "empty", "size",
                        "class", ".class", "getClass()", "forName('x')", "new(", "var ", "function", "->", "=>", "#pragma ",
                        "import ", "@", "time:", "now()", "ago('5m')", "sys:", "~/x/", "..", "é", "日本", "\\", "\\u", "#")
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
        Arbitrary<String> valid = Arbitraries.oneOf(javaArithmetic().map(Arith::text), conditions().map(Cond::text));
        Arbitrary<String> typos = Combinators.combine(valid, fragments, Arbitraries.doubles().between(0, 1))
                .as((text, insert, where) -> {
                    int at = (int) (where * text.length());
                    return text.substring(0, at) + insert + text.substring(at);
                });
        return Arbitraries.oneOf(anyText, fragments, valid, typos);
    }

    @Example
    @Label("a regex literal that is not a valid pattern is an ExpressionError")
    void invalidRegexLiteralIsAnExpressionError() {
        for (String source : List.of("~/[/", "inputs.host =~ ~/[a-z/", "~/x{2,1}/")) {
            Throwable thrown = assertThrows(Throwable.class, () -> ENGINE.compile(new Expression(source, AT)));

            ExpressionError e = assertInstanceOf(ExpressionError.class, thrown, source);
            assertEquals("expression-syntax", e.id(), source);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Integer arithmetic and comparisons

    /**
     * An integer expression and its exact value; the value is empty when Java would throw
     * (division by zero). {@code inLong} tells whether every intermediate value fits in a long,
     * that is whether Java's long arithmetic computes it without overflow.
     */
    record Arith(String text, Optional<BigInteger> value, boolean inLong) {

        static Arith literal(long n) {
            return new Arith(n < 0 ? "(" + n + ")" : Long.toString(n), Optional.of(BigInteger.valueOf(n)), true);
        }

        static Arith combine(Arith left, String op, Arith right) {
            String text = "(" + left.text + " " + op + " " + right.text + ")";
            Optional<BigInteger> value = left.value.flatMap(a -> right.value.flatMap(b -> switch (op) {
                case "+" -> Optional.of(a.add(b));
                case "-" -> Optional.of(a.subtract(b));
                case "*" -> Optional.of(a.multiply(b));
                // BigInteger divide and remainder truncate toward zero, like Java's / and % on long
                case "/" -> b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b));
                case "%" -> b.signum() == 0 ? Optional.empty() : Optional.of(a.remainder(b));
                default -> throw new IllegalArgumentException(op);
            }));
            boolean inLong = left.inLong && right.inLong && value.map(v -> v.bitLength() < 64).orElse(true);
            return new Arith(text, value, inLong);
        }
    }

    /** A condition and its value; empty when evaluating it reaches a division by zero. */
    record Cond(String text, Optional<Boolean> value) {

        static Cond compare(Arith left, String op, Arith right) {
            Optional<Boolean> value = left.value().flatMap(a -> right.value().map(b -> {
                int c = a.compareTo(b);
                return switch (op) {
                    case "==" -> c == 0;
                    case "!=" -> c != 0;
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    case ">=" -> c >= 0;
                    default -> throw new IllegalArgumentException(op);
                };
            }));
            return new Cond("(" + left.text() + " " + op + " " + right.text() + ")", value);
        }

        /** {@code &&} and {@code ||} short-circuit, as in Java: the right side is not evaluated when the left decides. */
        static Cond logic(Cond left, String op, Cond right) {
            Optional<Boolean> value = left.value.flatMap(a -> switch (op) {
                case "&&" -> a ? right.value : Optional.of(false);
                case "||" -> a ? Optional.of(true) : right.value;
                default -> throw new IllegalArgumentException(op);
            });
            return new Cond("(" + left.text + " " + op + " " + right.text + ")", value);
        }

        static Cond not(Cond inner) {
            return new Cond("!" + inner.text, inner.value.map(b -> !b));
        }
    }

    @Provide
    Arbitrary<Arith> arithmetic() {
        Arbitrary<Arith> literals = Arbitraries.frequencyOf(
                        Tuple.of(6, Arbitraries.longs().between(0, 20)),
                        Tuple.of(3, Arbitraries.longs().between(-1_000_000, 1_000_000)),
                        Tuple.of(1, Arbitraries.longs().between(Integer.MAX_VALUE - 2L, Integer.MAX_VALUE + 2L)))
                .map(Arith::literal);
        return Arbitraries.recursive(() -> literals,
                inner -> Combinators.combine(inner, Arbitraries.of("+", "-", "*", "/", "%"), inner).as(Arith::combine),
                0, 4);
    }

    /** Integer expressions Java's long arithmetic computes without overflow. */
    @Provide
    Arbitrary<Arith> javaArithmetic() {
        return arithmetic().filter(Arith::inLong);
    }

    @Provide
    Arbitrary<Cond> conditions() {
        Arbitrary<Cond> comparisons = Combinators.combine(javaArithmetic(), Arbitraries.of("==", "!=", "<", "<=", ">", ">="), javaArithmetic())
                .as(Cond::compare);
        return Arbitraries.recursive(() -> comparisons,
                inner -> Arbitraries.oneOf(
                        Combinators.combine(inner, Arbitraries.of("&&", "||"), inner).as(Cond::logic),
                        inner.map(Cond::not)),
                0, 3);
    }

    @Property(tries = 300)
    @Label("integer arithmetic evaluates to the Java long value, as a Long, and fails on division by zero")
    void integerArithmeticIsJavaArithmetic(@ForAll("javaArithmetic") Arith arith) {
        Expression expression = new Expression(arith.text(), AT);
        if (arith.value().isEmpty()) {
            Statistics.label("outcome").collect("division by zero");
            ExpressionError e = assertThrows(ExpressionError.class, () -> ENGINE.evaluate(expression, scope()));
            assertEquals("expression-eval", e.id());
            return;
        }
        Statistics.label("outcome").collect("value");

        Object value = ENGINE.evaluate(expression, scope());

        assertEquals(arith.value().get().longValueExact(), assertInstanceOf(Long.class, value), arith.text());
    }

    @Example
    @Label("a sum, difference or product beyond the long range is exact (a BigInteger), not wrapped")
    void overflowingArithmeticIsPromotedNotWrapped() {
        assertEquals(new BigInteger("9223372036854775808"), evaluate("9223372036854775807 + 1"));
        assertEquals(new BigInteger("-9223372036854775809"), evaluate("(-9223372036854775807 - 1) - 1"));
        assertEquals(new BigInteger("18446744073709551616"), evaluate("4294967296 * 4294967296"));
        assertEquals(Long.MAX_VALUE, evaluate("(9223372036854775807 + 1) - 1"), "back in range it is a Long again");
    }

    @Example
    @Label("remainder and negation beyond the long range are exact, with Java's signs")
    void remainderAndNegationBeyondLongAreExact() {
        assertEquals(-9L, evaluate("(0 - 9223372036854775809) % 10"));
        assertEquals(0L, evaluate("9223372036854775808 % -1"));
        assertEquals(new BigInteger("9223372036854775808"), evaluate("-(-9223372036854775807 - 1)"));
    }

    private static Object evaluate(String source) {
        return ENGINE.evaluate(new Expression(source, AT), scope());
    }

    @Property(tries = 300)
    @Label("comparisons and &&, ||, ! evaluate to the Java Boolean, short-circuiting as Java does")
    void comparisonsEvaluateToTheJavaBoolean(@ForAll("conditions") Cond cond) {
        Expression expression = new Expression(cond.text(), AT);
        if (cond.value().isEmpty()) {
            Statistics.label("outcome").collect("division by zero");
            assertThrows(ExpressionError.class, () -> ENGINE.test(expression, scope()));
            return;
        }
        Statistics.label("outcome").collect(cond.value().get());

        assertEquals(cond.value().get(), ENGINE.evaluate(expression, scope()), cond.text());
        assertEquals(cond.value().get(), ENGINE.test(expression, scope()), cond.text());
    }

    // ---------------------------------------------------------------------------------------
    // Templates keep the type of a sole interpolation

    @Property(tries = 100)
    @Label("`${expr}` alone renders to the typed value (Long or Boolean); text around it renders a String")
    void soleInterpolationKeepsItsTypeAndMixedTemplatesAreStrings(@ForAll("definedExpressions") Typed generated) {
        String text = generated.text();
        Object expected = generated.value();
        String vars = "vars:\n"
                + "  sole: \"${" + text + "}\"\n"
                + "  mixed: \"= ${" + text + "} =\"\n"
                + "  twice: \"${" + text + "}${" + text + "}\"\n";
        LoadResult result = PlaybookLoader.load("render.yaml", minimalWith(vars));
        assertTrue(result.ok(), () -> headlines(result));

        @SuppressWarnings("unchecked")
        Map<String, Object> resolved = (Map<String, Object>) ScopeBuilder.initial(result.playbook(), Map.of(), fixedClock()).get("vars");

        assertEquals(expected, resolved.get("sole"), text);
        assertEquals(expected.getClass(), resolved.get("sole").getClass(), text);
        assertEquals("= " + expected + " =", resolved.get("mixed"), text);
        assertEquals("" + expected + expected, resolved.get("twice"), text);
        Statistics.label("type").collect(expected.getClass().getSimpleName());
    }

    /** An expression that evaluates without error, and its value: a Long or a Boolean. */
    record Typed(String text, Object value) {
    }

    @Provide
    Arbitrary<Typed> definedExpressions() {
        Arbitrary<Typed> longs = javaArithmetic()
                .filter(a -> a.value().isPresent())
                .map(a -> new Typed(a.text(), a.value().get().longValueExact()));
        Arbitrary<Typed> booleans = conditions()
                .filter(c -> c.value().isPresent())
                .map(c -> new Typed(c.text(), c.value().get()));
        return Arbitraries.oneOf(longs, booleans);
    }

    @Property(tries = 50)
    @Label("render of a one-interpolation template equals evaluate of its expression")
    void renderOfSoleInterpolationEqualsEvaluate(@ForAll("javaArithmetic") Arith arith) {
        Assume.that(arith.value().isPresent());
        Expression expression = new Expression(arith.text(), AT);
        Template template = new Template("${" + arith.text() + "}", List.of(new Template.Interpolation(expression)), AT);

        assertEquals(ENGINE.evaluate(expression, scope()), ENGINE.render(template, scope()));
    }
}
