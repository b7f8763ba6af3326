package dev.playbook.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;

/**
 * The one door to JEXL: compiles expressions once (sandboxed), evaluates them against a
 * {@link Scope}, and renders templates. Errors come back as {@link ExpressionError} with the
 * position inside the YAML source.
 */
public final class ExpressionEngine {

    /** Longest expression accepted. */
    public static final int MAX_LENGTH = 4_096;
    private static final ExpressionEngine INSTANCE = new ExpressionEngine();
    private static final Pattern JEXL_LOCATION = Pattern.compile("^.*?@(\\d+):(\\d+)\\s*");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SANDBOX_HINT = "expressions read inputs, vars, steps, run and result, compare and compute, "
            + "and call time:now(), time:ago('5m'), time:epoch(); no methods, classes, new, loops or assignments";

    private final JexlEngine jexl = new JexlBuilder()
            .features(Sandbox.FEATURES)
            .permissions(Sandbox.PERMISSIONS)
            .strict(true)
            .arithmetic(new PlaybookArithmetic())
            .safe(false)
            .silent(false)
            .cache(0)
            .create();
    /**
     * Compiled expressions by source text, shared by every thread (parallel lint, parallel
     * branches). Bounded, so linting thousands of files does not keep every file's expressions:
     * when full it starts again. One playbook's expressions are far fewer, so a run still finds
     * every expression it compiled at load.
     */
    private static final int CACHED = 20_000;
    private final Map<String, JexlExpression> compiled = new ConcurrentHashMap<>();

    private ExpressionEngine() {
    }

    public static ExpressionEngine get() {
        return INSTANCE;
    }

    /** Compiles (or fetches) an expression; throws {@link ExpressionError} on a syntax or sandbox error. */
    public JexlExpression compile(Expression expression) {
        JexlExpression hit = compiled.get(expression.source());
        if (hit != null) {
            return hit;
        }
        if (expression.source().length() > MAX_LENGTH) {
            throw new ExpressionError(expression.pos(), "expression-syntax",
                    "expression is longer than " + MAX_LENGTH + " characters", null);
        }
        if (expression.source().isBlank()) {
            throw new ExpressionError(expression.pos(), "expression-syntax", "empty expression", "write a condition such as `inputs.enabled`");
        }
        checkShape(expression);
        try {
            JexlExpression result = jexl.createExpression(new JexlInfo("expr", 1, 1), expression.source());
            if (compiled.size() >= CACHED) {
                compiled.clear();
            }
            compiled.put(expression.source(), result);
            return result;
        } catch (JexlException.Feature e) {
            throw error(expression, e, "expression-forbidden", "", SANDBOX_HINT);
        } catch (JexlException e) {
            throw error(expression, e, "expression-syntax", "", "check parentheses, quotes and operators");
        } catch (RuntimeException e) {
            // JEXL compiles regex literals while parsing; a bad one surfaces as a plain exception.
            throw new ExpressionError(expression.pos(), "expression-syntax",
                    "cannot compile `" + expression.source() + "`: " + e.getMessage().lines().findFirst().orElse(""),
                    "check regular expressions and literals");
        }
    }

    /** Deepest bracket nesting accepted; the JEXL parser is recursive, so depth is bounded first. */
    public static final int MAX_NESTING = 64;

    /**
     * Refuses what the parser must not see: nesting that would overflow its stack, and JEXL's
     * backtick strings, whose own {@code ${...}} would escape the load-time sandbox check.
     */
    private static void checkShape(Expression expression) {
        String source = expression.source();
        int depth = 0;
        CodeCursor code = new CodeCursor(source, 0, "'\"");
        for (int i = code.next(); i >= 0; i = code.next()) {
            char c = source.charAt(i);
            if (c == '`') {
                throw new ExpressionError(expression.pos().shift(0, i), "expression-forbidden",
                        "backtick strings are not allowed in `" + source + "`",
                        "build strings with + or use ${...} in the YAML string instead", i);
            } else if (c == ':') {
                checkNamespace(expression, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > MAX_NESTING) {
                    throw new ExpressionError(expression.pos().shift(0, i), "expression-syntax",
                            "brackets nested deeper than " + MAX_NESTING + " levels", "simplify the expression", i);
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
    }

    /** The function namespaces a playbook may call; JEXL would otherwise resolve others at run time. */
    private static final java.util.Set<String> NAMESPACES = java.util.Set.of("time", "list");

    /**
     * A namespace call is {@code ns:name} with no space around the colon (a ternary's colon has
     * them); one other than {@link #NAMESPACES} ({@code java:}, {@code math:}, {@code System:}) is
     * refused when the file loads rather than failing the run.
     */
    private static void checkNamespace(Expression expression, int colon) {
        String source = expression.source();
        int start = colon;
        while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
            start--;
        }
        boolean named = start < colon && Character.isJavaIdentifierStart(source.charAt(start))
                && (start == 0 || source.charAt(start - 1) != '.');
        boolean called = colon + 1 < source.length() && Character.isJavaIdentifierStart(source.charAt(colon + 1));
        String namespace = source.substring(start, colon);
        if (named && called && !NAMESPACES.contains(namespace)) {
            throw new ExpressionError(expression.pos().shift(0, start), "expression-forbidden",
                    "namespace `" + namespace + ":` is not available in `" + source + "`",
                    "the functions are time:now(), time:ago('5m'), time:epoch() and list:count(items, {...})", start);
        }
    }

    /** Variable paths the expression reads, like {@code [steps, promote_db, result]}. */
    public List<List<String>> variables(Expression expression) {
        JexlExpression e = compile(expression);
        List<List<String>> out = new ArrayList<>();
        if (e instanceof JexlScript script) {
            script.getVariables().forEach(out::add);
        }
        return out;
    }

    /** The expression's syntax, for translating it into another language; compiles it first, so it is sandbox-checked. */
    public ExpressionTree tree(Expression expression) {
        compile(expression);
        return TreeReader.read(expression);
    }

    /** Evaluates within {@link Budget}; a value past a limit is {@code error[expression-limit]}. */
    public Object evaluate(Expression expression, Scope scope) {
        JexlExpression e = compile(expression);
        boolean started = Budget.start();
        try {
            Object value = normalise(e.evaluate(scope));
            Budget.checkValue(value);
            return value;
        } catch (Budget.Exceeded ex) {
            throw limit(expression, ex);
        } catch (JexlException ex) {
            for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof Budget.Exceeded exceeded) {
                    throw limit(expression, exceeded);
                }
            }
            throw error(expression, ex, "expression-eval", "", null);
        } catch (RuntimeException ex) {
            throw new ExpressionError(expression.pos(), "expression-eval",
                    "cannot evaluate `" + expression.source() + "`: " + ex.getMessage(), null);
        } finally {
            if (started) {
                Budget.stop();
            }
        }
    }

    private static ExpressionError limit(Expression expression, Budget.Exceeded exceeded) {
        return new ExpressionError(expression.pos(), "expression-limit", "`" + shortened(expression.source()) + "` "
                + exceeded.getMessage(), "expressions are bounded (docs/format.md, Limits); compute less, or pass the value in");
    }

    /** An expression as a message names it: whole when short, otherwise its start. */
    private static String shortened(String source) {
        return source.length() <= 80 ? source : source.substring(0, 77) + "...";
    }

    /** Evaluates a condition; anything but a boolean is an error, so typos do not read as false. */
    public boolean test(Expression expression, Scope scope) {
        Object value = evaluate(expression, scope);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new ExpressionError(expression.pos(), "expression-eval",
                "`" + expression.source() + "` is " + describe(value) + ", not true or false", "compare it, e.g. `x == 'available'`");
    }

    /** A template's value: the typed value of a sole {@code ${expr}}, otherwise the joined string. */
    public Object render(Template template, Scope scope) {
        Expression sole = template.soleExpression();
        if (sole != null) {
            return evaluate(sole, scope);
        }
        StringBuilder out = new StringBuilder();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Template.Interpolation interpolation) {
                String piece = text(evaluate(interpolation.expression(), scope));
                if (out.length() + (long) piece.length() > Budget.MAX_TEXT) {
                    throw limit(interpolation.expression(), new Budget.Exceeded("makes `" + shortened(template.raw())
                            + "` longer than " + Budget.MAX_TEXT + " characters, the limit for a string"));
                }
                out.append(piece);
            }
        }
        return out.toString();
    }

    /** Resolves a value tree as written (parameters, vars): every string template evaluated, structure kept. */
    public Object resolve(Value value, Scope scope) {
        if (value instanceof Value.Text text) {
            return render(text.template(), scope);
        }
        if (value instanceof Value.Seq seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(item -> out.add(resolve(item, scope)));
            return out;
        }
        if (value instanceof Value.Mapping mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            mapping.entries().forEach(e -> out.put(e.key(), resolve(e.value(), scope)));
            return out;
        }
        return ((Value.Scalar) value).value();
    }

    /** How a value reads inside a string: scalars as themselves, trees as JSON. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map || value instanceof List) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + text(value);
    }

    private static Object normalise(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(ExpressionEngine::normalise).toList();
        }
        if (value instanceof int[] ints) {
            return java.util.Arrays.stream(ints).mapToObj(i -> (Object) (long) i).toList();
        }
        return value;
    }

    private static final List<String[]> JEXL_WORDING = List.of(
            new String[] {"method call error in '(.*)'", "method calls are not allowed: `$1`"},
            new String[] {"create instance error in '(.*)'", "`new` is not allowed: `$1`"},
            new String[] {"global assign/modify error in '(.*)'", "assignment is not allowed: `$1`"},
            new String[] {"local variable error in '(.*)'", "local variables are not allowed: `$1`"},
            new String[] {"loop error in '(.*)'", "loops are not allowed"},
            new String[] {"lambda error in '(.*)'", "functions are not allowed: `$1`"},
            new String[] {"pragma error in '(.*)'", "pragmas are not allowed"},
            new String[] {"parsing error in '(.*)'", "unexpected `$1`"},
            new String[] {"tokenization error in '(.*)'", "unexpected `$1`"},
            new String[] {"undefined property '(.*)'", "no property `$1`"},
            new String[] {"undefined variable '(.*)'", "no variable `$1`"},
            new String[] {"variable '(.*)' is undefined", "no variable `$1`"},
            new String[] {"unsolvable function/method '(.*)'", "no function `$1`"});

    private static String plainWords(String message) {
        String text = message.strip();
        for (String[] rule : JEXL_WORDING) {
            if (text.matches("(?s)" + rule[0])) {
                return text.replaceAll("(?s)" + rule[0], rule[1]);
            }
        }
        return text;
    }

    private static ExpressionError error(Expression expression, JexlException e, String id, String prefix, String hint) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && !(cause instanceof JexlException) && cause.getMessage() != null) {
            // A function refused its arguments (time:ago('soon')): its words, at JEXL's position.
            Matcher at = JEXL_LOCATION.matcher(message);
            message = (at.find() ? at.group() : "") + cause.getMessage();
        }
        SourcePos pos = expression.pos();
        int offset = -1;
        Matcher m = JEXL_LOCATION.matcher(message);
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2));
            offset = offsetOf(expression.source(), line, column);
            pos = pos.shift(line - 1, line == 1 ? column - 1 : column);
            message = message.substring(m.end());
        }
        message = plainWords(message);
        return new ExpressionError(pos, id, prefix + message + " in `" + expression.source() + "`", hint, offset);
    }

    /** Turns JEXL's 1-based line:column back into a character offset in the source. */
    private static int offsetOf(String source, int line, int column) {
        int currentLine = 1;
        int currentColumn = 1;
        for (int i = 0; i < source.length(); i++) {
            if (currentLine == line && currentColumn >= column) {
                return i;
            }
            char c = source.charAt(i);
            if (c == '\n') {
                currentLine++;
                currentColumn = 1;
            } else {
                currentColumn++;
            }
        }
        return source.length();
    }
}
