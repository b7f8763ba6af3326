package dev.playbook.expr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.run.Approver;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunStatus;
import dev.playbook.run.StepRecord;
import dev.playbook.testing.Runs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sandbox escapes and evaluation bombs in every expression position (with, vars, region, a step
 * title, manual, when, expect, until, that, retry_if): each is refused when the file loads
 * (expression-forbidden, -syntax or -limit), or, when only a run can evaluate it, fails its step
 * with an expression error — never a Java object, a hang, or a run that goes on as if nothing
 * happened.
 */
class PayloadPositionsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Set<String> REFUSED = Set.of("expression-forbidden", "expression-syntax", "expression-limit");
    /** How an expression error reads in a failed step (directly, in a verify's failed check, or a wait's last observation). */
    private static final List<String> EXPRESSION_ERRORS = List.of("the limit is", "did not finish matching", "no function",
            "no property", "no variable", "cannot evaluate", "not true or false");

    static final List<String> PAYLOADS = List.of(
            "''.getClass()", "''.class.forName('java.lang.Runtime')", "inputs.getClass()", "steps.getClass().getClassLoader()",
            "new('java.lang.ProcessBuilder', 'touch')", "new(\"java.io.File\", \"/tmp\")", "java:lang()", "math:max(1, 2) > 0",
            "System:exit(1)", "Runtime:getRuntime()", "time:getClass()", "list:getClass()", "x = 1", "inputs.a = 1", "var x = 1",
            "for (x : [1]) { x }", "while (true) { 1 }", "(x) -> x", "function(x) { x }", "x -> x",
            "#pragma jexl.namespace.rt java.lang.Runtime", "#pragma jexl.import java.lang", "@synchronized(x) { true }",
            "`${''.getClass()}`", "`a`", "'a'.toUpperCase()", "[1, 2].size()", "{'a': 1}.get('a')", "''.intern()", "'x'.chars()",
            "return 1", "x++", "x += 1", "inputs['class']", "inputs.class", "time:now().getClass()",
            "(".repeat(70) + "1" + ")".repeat(70), "[".repeat(70) + "]".repeat(70), "1 + " + "1 + ".repeat(1100) + "1",
            "size(1..1000000000) > 0", "[1..1000000000]", "0..9223372036854775807", "1 << 5000",
            "9223372036854775807 * 9223372036854775807 * 9223372036854775807 * 9223372036854775807 * 9223372036854775807"
                    + " * 9223372036854775807 * 9223372036854775807 * 9223372036854775807 * 9223372036854775807"
                    + " * 9223372036854775807 * 9223372036854775807 * 9223372036854775807 * 9223372036854775807"
                    + " * 9223372036854775807 * 9223372036854775807 * 9223372036854775807 * 9223372036854775807",
            "'" + "a".repeat(40) + "!' =~ '(.*a){20}'", "{'a': 1..20000}", "'a' + (1..20000)", "size([1..20000]) > 0",
            "(1 << 1000) * (1 << 1000)", "1 << 9223372036854775807");

    /** Where an expression can go, as the playbook text that puts {@code payload} there. */
    static final Map<String, Function<String, String>> POSITIONS = Map.of(
            "with", p -> step("action: log\nwith: {message: " + template(p) + "}"),
            "vars", p -> "vars:\n  v: " + template(p) + "\n" + step("action: log\nwith: {message: hi}"),
            "region", p -> step("action: log\nregion: " + template(p) + "\nwith: {message: hi}"),
            "title", p -> step("action: log\ntitle: " + template(p) + "\nwith: {message: hi}"),
            "manual", p -> step("manual: " + template(p)),
            "when", p -> step("action: log\nwhen: " + condition(p) + "\nwith: {message: hi}"),
            "expect", p -> step("action: log\nexpect: " + condition(p) + "\nwith: {message: hi}"),
            "until", p -> step("wait: {action: log, with: {message: hi}, until: " + condition(p) + ", every: 1s, timeout: 5s}"),
            "that", p -> step("verify:\n  - that: " + condition(p)),
            "retry_if", p -> step("action: test.flaky\nwith: {fail_times: 1}\nretry: {attempts: 2, delay: 1s, retry_if: " + condition(p) + "}"));

    private static String template(String payload) {
        return condition("${" + payload + "}");
    }

    /** A YAML single-quoted scalar: nothing inside is special but the quote itself. */
    private static String condition(String payload) {
        return "'" + payload.replace("'", "''") + "'";
    }

    private static String step(String lines) {
        return """
                phases:
                  - id: p
                    steps:
                      - id: s
                """ + lines.indent(8);
    }

    private static String playbook(String body) {
        return "apiVersion: playbook/v1\nkind: Playbook\nmetadata: {name: payload}\n" + body;
    }

    static Stream<Arguments> cases() {
        return POSITIONS.keySet().stream().sorted().flatMap(position -> PAYLOADS.stream().map(p -> Arguments.of(position, p)));
    }

    @Test
    void thereAreAtLeastFiftyPayloads() {
        assertTrue(PAYLOADS.size() >= 50, PAYLOADS.size() + " payloads");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachPayloadIsRefusedAtLoadOrFailsItsStep(String position, String payload) {
        String yaml = playbook(POSITIONS.get(position).apply(payload));
        LoadResult loaded = assertTimeoutPreemptively(BOUND, () -> PlaybookLoader.load("payload.yaml", yaml));
        if (!loaded.ok()) {
            Diagnostic first = loaded.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            assertTrue(REFUSED.contains(first.id()), () -> position + ": " + first.headline());
            return;
        }
        Runs runs = assertTimeoutPreemptively(BOUND, () -> new Runs().run(yaml, Map.of(), Approver.of(true, Set.of(), null), null));
        String events = runs.events.toString();
        assertFalse(events.contains("java.lang.Class") || events.contains("ClassLoader") || events.contains("$Ascending"), events);
        if (position.equals("title")) {
            assertTrue(runs.events(RunEvent.Said.class).stream().anyMatch(s -> s.message().contains("title")),
                    () -> "a title that cannot be computed is reported: " + events);
            return;
        }
        assertTrue(runs.result.status() == RunStatus.FAILED, () -> position + " ran on: " + events);
        String why = runs.result.steps().stream().map(StepRecord::errorMessage).filter(m -> m != null).findFirst().orElse(runs.result.reason());
        assertTrue(EXPRESSION_ERRORS.stream().anyMatch(why::contains), () -> position + ": failed, but not on the expression: " + why);
    }
}
