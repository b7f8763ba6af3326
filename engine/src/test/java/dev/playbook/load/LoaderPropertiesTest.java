package dev.playbook.load;

import static dev.playbook.testing.PlaybookText.MINIMAL;
import static dev.playbook.testing.PlaybookText.assertWellFormed;
import static dev.playbook.testing.PlaybookText.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Check;
import dev.playbook.model.Input;
import dev.playbook.model.InputType;
import dev.playbook.model.ManualStep;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.model.Value;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import dev.playbook.testing.PlaybookText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Properties of the loader over generated files: whatever the text, it returns a result with
 * well-formed diagnostics and never throws; and any valid playbook, written out by a YAML
 * emitter in any style, loads back without a diagnostic into the model it describes.
 */
@Label("Loader properties")
class LoaderPropertiesTest {

    private static final String FILE = "f.yaml";

    // ---------------------------------------------------------------------------------------
    // Any text

    @Property(tries = 300)
    @Label("any text loads to a result whose diagnostics are well formed; it never throws")
    void anyTextLoadsToWellFormedDiagnostics(@ForAll("yamlLike") String text) {
        LoadResult result = PlaybookLoader.load(FILE, text);

        assertEquals(FILE, result.file());
        boolean hasErrors = result.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertEquals(!hasErrors, result.ok(), () -> "a playbook is returned exactly when there is no error:\n" + headlines(result));
        long lines = text.lines().count();
        for (Diagnostic d : result.diagnostics()) {
            assertWellFormed(FILE, d);
            assertTrue(d.pos().line() <= lines + 1, () -> d.headline() + " is past the end of a " + lines + "-line file");
        }
        Statistics.label("first diagnostic").collect(result.diagnostics().isEmpty() ? "none" : result.diagnostics().get(0).id());
    }

    @Example
    @Label("an invalid regex literal in an expression is a diagnostic at its line, not an exception")
    void invalidRegexLiteralIsADiagnostic() {
        String text = PlaybookText.stepWith("        when: \"inputs.host =~ ~/[a-z/\"\n");

        LoadResult result = PlaybookLoader.load(FILE, text);

        assertEquals(1, result.diagnostics().size(), () -> headlines(result));
        Diagnostic d = result.diagnostics().get(0);
        assertWellFormed(FILE, d);
        assertEquals("expression-syntax", d.id(), d::headline);
        assertEquals(9, d.pos().line(), d::headline);
    }

    /**
     * Any text; soups of YAML fragments (indicators, anchors and aliases, tags, quotes, tabs,
     * `${`, keys of the format, unicode); and the minimal playbook with a fragment inserted.
     */
    @Provide
    Arbitrary<String> yamlLike() {
        Arbitrary<String> fragment = Arbitraries.of(
                ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "?", "? ", "|", ">", "|-", ">+", "#", " # c", "&a ", "*a", "&b ",
                "*b", "!!int ", "!!str ", "!!float ", "!!bool ", "!!binary ", "!!set ", "!!map ", "!custom ", "!<tag:x> ", "%YAML 1.2\n",
                "---\n", "...\n", "${", "$${", "}", "'", "''", "\"", "\\", "\\u00", "\t", "\n", "\r\n", "\r", "  ", "    ",
                "apiVersion", "playbook/v1", "kind", "Playbook", "metadata", "name", "phases", "steps", "id", "action", "with",
                "wait", "until", "every", "verify", "that", "manual", "parallel", "inputs", "type", "default", "vars", "when",
                "budget", "5m", "1h30m", "PT5M", "10", "-1", "0x1F", "0o17", "1e400", ".inf", ".nan", "~", "null", "true", "yes",
                "2024-02-30", "inputs.n", "''.class", "new(", "x = 1", "é", "日本", "\u2028", "\u0085", "\uFEFF", "\u0000",
                "\u0007", "\uD800", "\uDC00", "😀");
        Arbitrary<String> soup = fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> mutated = Combinators.combine(fragment.list().ofMinSize(1).ofMaxSize(3), Arbitraries.doubles().between(0, 1))
                .as((parts, where) -> {
                    int at = (int) (where * MINIMAL.length());
                    return MINIMAL.substring(0, at) + String.join("", parts) + MINIMAL.substring(at);
                });
        return Arbitraries.frequencyOf(Tuple.of(2, anyText), Tuple.of(4, soup), Tuple.of(4, mutated));
    }

    // ---------------------------------------------------------------------------------------
    // Round trip

    @Property(tries = 200)
    @Label("a generated valid playbook, dumped to YAML in any style, loads clean into the model it describes")
    void generatedPlaybookRoundTrips(@ForAll("playbooks") Generated generated,
                                     @ForAll FlowStyle flow,
                                     @ForAll("scalarStyles") ScalarStyle scalars) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(flow).setDefaultScalarStyle(scalars).build();
        String yaml = new Dump(settings).dumpToString(generated.tree());

        LoadResult result = PlaybookLoader.load(FILE, yaml);

        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::headline).toList(), () -> "diagnostics for:\n" + yaml);
        assertEquals(generated.expected(), View.of(result.playbook()), () -> "model of:\n" + yaml);
        result.playbook().allSteps().forEach(step -> Statistics.label("step kinds").collect(step.kind()));
    }

    @Provide
    Arbitrary<ScalarStyle> scalarStyles() {
        return Arbitraries.of(ScalarStyle.PLAIN, ScalarStyle.DOUBLE_QUOTED, ScalarStyle.SINGLE_QUOTED);
    }

    // --- the projection of the model that the round trip compares -------------------------

    /** What the round trip checks of a playbook; built from the model, and from the generated tree. */
    record View(String name, Duration rto, Duration rpo, List<InputView> inputs, Map<String, Object> vars, List<PhaseView> phases) {

        static View of(Playbook playbook) {
            Map<String, Object> vars = new LinkedHashMap<>();
            playbook.vars().forEach((name, var) -> vars.put(name, plain(var.value())));
            return new View(playbook.metadata().name(), playbook.objectives().rto(), playbook.objectives().rpo(),
                    playbook.inputs().values().stream().map(InputView::of).toList(), vars,
                    playbook.phases().stream().map(PhaseView::of).toList());
        }

        /** A parameter or var tree as plain Java values, templates as their source text. */
        static Object plain(Value value) {
            if (value instanceof Value.Text text) {
                return text.template().raw();
            }
            if (value instanceof Value.Seq seq) {
                return seq.items().stream().map(View::plain).toList();
            }
            if (value instanceof Value.Mapping mapping) {
                Map<String, Object> out = new LinkedHashMap<>();
                mapping.entries().forEach(e -> out.put(e.key(), plain(e.value())));
                return out;
            }
            return ((Value.Scalar) value).value();
        }
    }

    record InputView(String name, InputType type, Object defaultValue) {

        static InputView of(Input input) {
            return new InputView(input.name(), input.type(), input.defaultValue());
        }
    }

    record PhaseView(String id, Duration budget, List<StepView> steps) {

        static PhaseView of(Phase phase) {
            return new PhaseView(phase.id(), phase.budget(), phase.steps().stream().map(StepView::of).toList());
        }
    }

    /** One step; fields that do not apply to its kind are null. */
    record StepView(String id, String kind, String when, Duration timeout, String action, Object with, String expect,
                    String until, Duration every, Duration waitTimeout, List<String> checks, String instructions,
                    List<StepView> branches) {

        static StepView of(Step step) {
            ActionCall call = Steps.call(step);
            String expect = step instanceof ActionStep a && a.expect() != null ? a.expect().source() : null;
            WaitStep wait = step instanceof WaitStep w ? w : null;
            return new StepView(step.id(), step.kind(),
                    step.common().when() == null ? null : step.common().when().source(), step.common().timeout(),
                    call == null ? null : call.action(), call == null || call.with() == null ? null : View.plain(call.with()), expect,
                    wait == null ? null : wait.until().source(), wait == null ? null : wait.every(), wait == null ? null : wait.timeout(),
                    step instanceof VerifyStep v ? v.checks().stream().map(Check::that).map(e -> e.source()).toList() : null,
                    step instanceof ManualStep m ? m.instructions().raw() : null,
                    step instanceof ParallelStep p ? p.branches().stream().map(StepView::of).toList() : null);
        }
    }

    // --- the generator: a shape of random choices, built into a YAML tree and its expected view ---

    /** A valid playbook as a plain Java tree (for the YAML emitter) and the view the loader must produce. */
    record Generated(Map<String, Object> tree, View expected) {
        @Override
        public String toString() {
            return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(tree);
        }
    }

    /** A duration as written and as meant. */
    record DurationText(String text, Duration value) {
    }

    record InputShape(String stem, InputType type, Object yamlDefault, Object expectedDefault) {
    }

    record VarShape(String stem, Object value) {
    }

    record PhaseShape(String stem, DurationText budget, List<StepShape> steps) {
    }

    sealed interface StepShape permits ActionShape, WaitShape, VerifyShape, ManualShape, ParallelShape {
    }

    record ActionShape(String stem, String action, Map<String, Object> with, String when, DurationText timeout, String expect)
            implements StepShape {
    }

    record WaitShape(String stem, String action, Map<String, Object> with, String until, DurationText every, DurationText timeout)
            implements StepShape {
    }

    record VerifyShape(String stem, List<String> checks) implements StepShape {
    }

    record ManualShape(String stem, String instructions) implements StepShape {
    }

    record ParallelShape(String stem, StepShape first, StepShape second) implements StepShape {
    }

    record Shape(String name, DurationText rto, DurationText rpo, List<InputShape> inputs, List<VarShape> vars, List<PhaseShape> phases) {
    }

    @Provide
    Arbitrary<Generated> playbooks() {
        Arbitrary<String> name = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMaxLength(20))
                .as(String::concat);
        return Combinators.combine(name, durations(), durations(), inputShapes().list().ofMaxSize(7), varShapes().list().ofMaxSize(4),
                        phaseShapes().list().ofMinSize(1).ofMaxSize(3))
                .as(Shape::new)
                .map(LoaderPropertiesTest::build);
    }

    private static Arbitrary<String> stems() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_').ofMaxLength(10))
                .as(String::concat);
    }

    private static Arbitrary<DurationText> durations() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 999).map(n -> new DurationText(n + "s", Duration.ofSeconds(n))),
                Arbitraries.integers().between(1, 999).map(n -> new DurationText(n + "m", Duration.ofMinutes(n))),
                Arbitraries.integers().between(1, 72).map(n -> new DurationText(n + "h", Duration.ofHours(n))),
                Arbitraries.integers().between(1, 9).map(n -> new DurationText(n + "d", Duration.ofDays(n))),
                Arbitraries.integers().between(1, 999).map(n -> new DurationText(n + "ms", Duration.ofMillis(n))),
                Combinators.combine(Arbitraries.integers().between(1, 23), Arbitraries.integers().between(1, 59))
                        .as((h, m) -> new DurationText(h + "h" + m + "m", Duration.ofHours(h).plusMinutes(m))),
                Arbitraries.integers().between(1, 600).map(n -> new DurationText("PT" + n + "M", Duration.ofMinutes(n))));
    }

    /** Text that is a string in YAML whatever it looks like; no `$`, so it never interpolates. */
    private static Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(' ', '-', '_', '.', ':', '/', ',', '#', '\'', '"', '{', '}', '[', ']', '!', '&', '*', '\n', 'é', 'ß', 'Ω', '日')
                .ofMaxLength(30)
                // SnakeYAML Engine's emitter writes a string that starts with blank lines as a block
                // scalar its own scanner then rejects; that is the emitter's limit, not the loader's.
                .filter(text -> !text.matches("(?s)[ \\n]*\\n.*"));
    }

    /** Strings of templates: plain text or text around an interpolation of an input. */
    private static Arbitrary<String> templates() {
        return Arbitraries.oneOf(texts(),
                Combinators.combine(texts(), Arbitraries.of("inputs.region", "inputs.count + 1", "vars.x", "time:now()",
                        "{'a': 1}['a']"), texts()).as((before, expr, after) -> before + "${" + expr + "}" + after));
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(templates().map(s -> (Object) s), Arbitraries.longs().between(-1_000_000, 1_000_000).map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.integers().between(-4000, 4000).map(n -> (Object) (n / 4.0)));
    }

    /** A parameter tree: a mapping of scalars, lists of scalars and mappings of scalars. */
    private static Arbitrary<Map<String, Object>> parameters() {
        Arbitrary<Object> value = Arbitraries.frequencyOf(
                Tuple.of(6, scalars()),
                Tuple.of(1, scalars().list().ofMaxSize(3).map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.maps(stems(), scalars()).ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m))));
        return Arbitraries.maps(Arbitraries.oneOf(stems(), texts().filter(t -> !t.isEmpty())), value).ofMaxSize(4)
                .map(LinkedHashMap::new);
    }

    private static Arbitrary<InputShape> inputShapes() {
        Arbitrary<Object[]> typed = Arbitraries.oneOf(
                texts().map(s -> new Object[] {InputType.STRING, s, s}),
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(n -> new Object[] {InputType.INTEGER, n, n}),
                Arbitraries.integers().between(-4000, 4000).map(n -> new Object[] {InputType.NUMBER, n / 8.0, n / 8.0}),
                Arbitraries.longs().between(-1000, 1000).map(n -> new Object[] {InputType.NUMBER, n, n}),
                Arbitraries.of(true, false).map(b -> new Object[] {InputType.BOOLEAN, b, b}),
                durations().map(d -> new Object[] {InputType.DURATION, d.text(), d.value()}),
                Arbitraries.oneOf(texts().map(s -> (Object) s), Arbitraries.longs().between(-99, 99).map(n -> (Object) n))
                        .list().ofMaxSize(4).map(l -> new Object[] {InputType.LIST, l, l}),
                Arbitraries.maps(stems(), texts().map(s -> (Object) s)).ofMaxSize(3).map(LinkedHashMap::new)
                        .map(m -> new Object[] {InputType.MAP, m, m}),
                Arbitraries.of(InputType.values()).map(t -> new Object[] {t, null, null}));
        return Combinators.combine(stems(), typed)
                .as((stem, t) -> new InputShape(stem, (InputType) t[0], t[1], t[2]));
    }

    private static Arbitrary<VarShape> varShapes() {
        return Combinators.combine(stems(), Arbitraries.frequencyOf(
                        Tuple.of(3, scalars()),
                        Tuple.of(1, scalars().list().ofMaxSize(3).map(l -> (Object) l))))
                .as(VarShape::new);
    }

    private static Arbitrary<String> expressions() {
        return Arbitraries.of("result.status == 'available'", "inputs.count > 3", "steps.promote.ok", "true",
                "size(result.items) >= 2 && !result.failed", "time:now() > time:ago('5m')", "result.lag_seconds < 30",
                "inputs.region =~ ['eu-west-1', 'us-east-1']");
    }

    private static Arbitrary<String> actions() {
        return Arbitraries.of("log", "http.get", "aws.rds.promoteReadReplica", "aws.rds.describeDbInstances",
                "aws.route53.changeResourceRecordSets", "shell.run");
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> arbitrary) {
        return arbitrary.injectNull(0.4);
    }

    private static Arbitrary<StepShape> leafSteps() {
        Arbitrary<StepShape> action = Combinators.combine(stems(), actions(), parameters(), maybe(expressions()), maybe(durations()),
                maybe(expressions())).as(ActionShape::new);
        Arbitrary<StepShape> wait = Combinators.combine(stems(), actions(), parameters(), expressions(), durations(), maybe(durations()))
                .as(WaitShape::new);
        Arbitrary<StepShape> verify = Combinators.combine(stems(), expressions().list().ofMinSize(1).ofMaxSize(3)).as(VerifyShape::new);
        Arbitrary<StepShape> manual = Combinators.combine(stems(), templates()).as(ManualShape::new);
        return Arbitraries.oneOf(action, wait, verify, manual);
    }

    private static Arbitrary<PhaseShape> phaseShapes() {
        Arbitrary<StepShape> parallel = Combinators.combine(stems(), leafSteps(), leafSteps()).as(ParallelShape::new);
        Arbitrary<StepShape> step = Arbitraries.frequencyOf(Tuple.of(4, leafSteps()), Tuple.of(1, parallel));
        return Combinators.combine(stems(), maybe(durations()), step.list().ofMinSize(1).ofMaxSize(4)).as(PhaseShape::new);
    }

    /** Builds the YAML tree and the view the loader must give for it; ids are made unique by a counter. */
    private static Generated build(Shape shape) {
        int[] counter = {0};
        java.util.function.Function<String, String> unique = stem -> stem + "_" + ++counter[0];

        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("apiVersion", "playbook/v1");
        tree.put("kind", "Playbook");
        tree.put("metadata", new LinkedHashMap<>(Map.of("name", shape.name())));
        Map<String, Object> objectives = new LinkedHashMap<>();
        objectives.put("rto", shape.rto().text());
        objectives.put("rpo", shape.rpo().text());
        tree.put("objectives", objectives);

        Map<String, Object> inputs = new LinkedHashMap<>();
        List<InputView> inputViews = new ArrayList<>();
        for (InputShape input : shape.inputs()) {
            String name = unique.apply(input.stem());
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", input.type().yamlName());
            if (input.yamlDefault() != null) {
                spec.put("default", input.yamlDefault());
            }
            inputs.put(name, spec);
            inputViews.add(new InputView(name, input.type(), input.expectedDefault()));
        }
        tree.put("inputs", inputs);

        Map<String, Object> vars = new LinkedHashMap<>();
        for (VarShape var : shape.vars()) {
            vars.put(unique.apply(var.stem()), var.value());
        }
        tree.put("vars", vars);

        List<Object> phases = new ArrayList<>();
        List<PhaseView> phaseViews = new ArrayList<>();
        for (PhaseShape phase : shape.phases()) {
            String id = unique.apply(phase.stem());
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", id);
            if (phase.budget() != null) {
                node.put("budget", phase.budget().text());
            }
            List<Object> steps = new ArrayList<>();
            List<StepView> stepViews = new ArrayList<>();
            for (StepShape step : phase.steps()) {
                stepViews.add(buildStep(step, unique, steps));
            }
            node.put("steps", steps);
            phases.add(node);
            phaseViews.add(new PhaseView(id, phase.budget() == null ? null : phase.budget().value(), stepViews));
        }
        tree.put("phases", phases);

        View expected = new View(shape.name(), shape.rto().value(), shape.rpo().value(), inputViews, new LinkedHashMap<>(vars), phaseViews);
        return new Generated(tree, expected);
    }

    /** Appends the step's YAML tree to {@code out} and returns its expected view. */
    private static StepView buildStep(StepShape shape, java.util.function.Function<String, String> unique, List<Object> out) {
        Map<String, Object> node = new LinkedHashMap<>();
        out.add(node);
        if (shape instanceof ActionShape a) {
            String id = unique.apply(a.stem());
            node.put("id", id);
            putIfPresent(node, "when", a.when());
            putIfPresent(node, "timeout", a.timeout() == null ? null : a.timeout().text());
            node.put("action", a.action());
            node.put("with", a.with());
            putIfPresent(node, "expect", a.expect());
            return new StepView(id, "action", a.when(), a.timeout() == null ? null : a.timeout().value(), a.action(), a.with(),
                    a.expect(), null, null, null, null, null, null);
        }
        if (shape instanceof WaitShape w) {
            String id = unique.apply(w.stem());
            node.put("id", id);
            Map<String, Object> wait = new LinkedHashMap<>();
            wait.put("action", w.action());
            wait.put("with", w.with());
            wait.put("until", w.until());
            wait.put("every", w.every().text());
            putIfPresent(wait, "timeout", w.timeout() == null ? null : w.timeout().text());
            node.put("wait", wait);
            return new StepView(id, "wait", null, null, w.action(), w.with(), null, w.until(), w.every().value(),
                    w.timeout() == null ? null : w.timeout().value(), null, null, null);
        }
        if (shape instanceof VerifyShape v) {
            String id = unique.apply(v.stem());
            node.put("id", id);
            List<Object> checks = new ArrayList<>();
            for (String that : v.checks()) {
                checks.add(new LinkedHashMap<>(Map.of("that", that)));
            }
            node.put("verify", checks);
            return new StepView(id, "verify", null, null, null, null, null, null, null, null, v.checks(), null, null);
        }
        if (shape instanceof ManualShape m) {
            String id = unique.apply(m.stem());
            node.put("id", id);
            node.put("manual", m.instructions());
            return new StepView(id, "manual", null, null, null, null, null, null, null, null, null, m.instructions(), null);
        }
        ParallelShape p = (ParallelShape) shape;
        String id = unique.apply(p.stem());
        node.put("id", id);
        List<Object> branches = new ArrayList<>();
        List<StepView> branchViews = List.of(buildStep(p.first(), unique, branches), buildStep(p.second(), unique, branches));
        node.put("parallel", branches);
        return new StepView(id, "parallel", null, null, null, null, null, null, null, null, null, null, branchViews);
    }

    private static void putIfPresent(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
