package dev.playbook.export;

import dev.playbook.action.ActionRegistry;
import dev.playbook.aws.AwsOperation;
import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.expr.ExpressionTree;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Check;
import dev.playbook.model.Durations;
import dev.playbook.model.Expression;
import dev.playbook.model.Input;
import dev.playbook.model.ManualStep;
import dev.playbook.model.OnFailure;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Playbook;
import dev.playbook.model.Retry;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Step;
import dev.playbook.model.StepVisitor;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Compiles a playbook into an SSM Automation runbook (schemaVersion 0.3), written with SnakeYAML
 * Engine's emitter. Steps run in document order; what Automation cannot express (adaptive
 * polling, parallel branches, general expressions, http and shell steps) is reported. The mapping
 * is documented in docs/export.md.
 */
public final class SsmAutomationExporter {

    static final String DONE = "Done";
    private static final String APPROVERS = "Approvers";
    private static final String NOTIFY_TOPIC = "NotifyTopicArn";
    private static final String ASSUME_ROLE = "AutomationAssumeRole";

    private final Playbook playbook;
    private final Map<String, Object> inputValues;
    private final ActionRegistry registry;
    private final Problems problems = new Problems("SSM Automation");
    private final List<Diagnostic> notes = new ArrayList<>();
    /** Outputs each step must declare because later steps read them: step id to output name to selector. */
    private final Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> emitted = new LinkedHashMap<>();
    private boolean usesApproval;
    private boolean usesNotify;

    private SsmAutomationExporter(Playbook playbook, Map<String, Object> inputValues, ActionRegistry registry) {
        this.playbook = playbook;
        this.inputValues = inputValues;
        this.registry = registry;
    }

    public static Export export(Playbook playbook, Map<String, Object> inputValues, ActionRegistry registry) {
        return new SsmAutomationExporter(playbook, inputValues, registry).build();
    }

    private Export build() {
        List<Map<String, Object>> main = new ArrayList<>();
        String rollbackEntry = playbook.rollback().isEmpty() ? null : playbook.rollback().get(0).id();
        List<Step> top = new ArrayList<>();
        playbook.phases().forEach(p -> top.addAll(p.steps()));
        for (Step step : top) {
            compile(step, main, rollbackEntry, false);
        }
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("name", DONE);
        done.put("action", "aws:sleep");
        done.put("description", "every phase finished");
        done.put("inputs", Map.of("Duration", "PT0S"));
        done.put("isEnd", true);
        main.add(done);
        for (Step step : playbook.rollback()) {
            compile(step, main, null, true);
        }
        if (!playbook.rollback().isEmpty()) {
            main.get(main.size() - 1).put("isEnd", true);
        }
        outputs.forEach((id, declared) -> {
            Map<String, Object> step = emitted.get(id);
            if (step != null) {
                List<Map<String, Object>> list = new ArrayList<>();
                declared.forEach((name, selector) -> list.add(ordered("Name", name, "Selector", selector, "Type", "String")));
                step.put("outputs", list);
            }
        });

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("description", description());
        doc.put("schemaVersion", "0.3");
        doc.put("assumeRole", "{{ " + ASSUME_ROLE + " }}");
        doc.put("parameters", parameters());
        doc.put("mainSteps", main);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).build();
        String yaml = new Dump(settings).dumpToString(doc);
        List<Diagnostic> all = new ArrayList<>(problems.sorted());
        all.addAll(notes);
        all.sort(java.util.Comparator.comparing((Diagnostic d) -> d.pos().line()).thenComparing(d -> d.pos().column()));
        return new Export(yaml, all, null, null);
    }

    private String description() {
        var m = playbook.metadata();
        StringBuilder out = new StringBuilder("playbook ").append(m.name());
        if (m.version() != null) {
            out.append(' ').append(m.version());
        }
        if (m.title() != null) {
            out.append(" (").append(m.title()).append(')');
        }
        out.append(" from ").append(playbook.file()).append("; exported by playbook export, step descriptions name their source lines.");
        if (playbook.objectives() != null && playbook.objectives().rto() != null) {
            out.append(" RTO ").append(Durations.format(playbook.objectives().rto())).append('.');
        }
        return out.toString();
    }

    private Map<String, Object> parameters() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(ASSUME_ROLE, ordered("type", "String", "description", "IAM role the automation runs as", "default", ""));
        for (Input input : playbook.inputs().values()) {
            if (input.secret()) {
                problems.construct(input.pos(), "export-secret", "secret input `" + input.name() + "` would be a plain Automation parameter, kept in the execution's history",
                        "keep the secret in Parameter Store as a SecureString and read it with {{ssm-secure:NAME}} where a step needs it");
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", switch (input.type()) {
                case INTEGER -> "Integer";
                case BOOLEAN -> "Boolean";
                case LIST -> "StringList";
                case MAP -> "StringMap";
                default -> "String";
            });
            if (input.description() != null) {
                p.put("description", input.description());
            }
            Object value = inputValues.get(input.name());
            if (value != null) {
                p.put("default", Documents.normal(input.type() == dev.playbook.model.InputType.NUMBER ? String.valueOf(value) : value));
            }
            if (!input.allowed().isEmpty()) {
                p.put("allowedValues", input.allowed().stream().map(String::valueOf).toList());
            }
            params.put(input.name(), p);
        }
        if (usesApproval) {
            params.put(APPROVERS, ordered("type", "StringList", "description", "IAM users or roles who approve the manual steps"));
        }
        if (usesNotify) {
            params.put(NOTIFY_TOPIC, ordered("type", "String", "description", "SNS topic the notify steps publish to"));
        }
        return params;
    }

    private void compile(Step step, List<Map<String, Object>> out, String rollbackEntry, boolean inRollback) {
        if (step.common().when() != null) {
            Map<String, Object> choice = condition(step.common().when());
            if (choice != null) {
                Map<String, Object> branch = step(step.id() + "_when", "aws:branch", step.common().when().pos(), "when: " + step.common().when().source());
                choice.put("NextStep", step.id());
                branch.put("inputs", ordered("Choices", List.of(choice), "Default", afterStepPlaceholder(step)));
                out.add(branch);
            }
        }
        List<Map<String, Object>> compiled = step.accept(new StepVisitor<List<Map<String, Object>>>() {
            @Override
            public List<Map<String, Object>> action(ActionStep action) {
                return List.of(actionStep(action));
            }

            @Override
            public List<Map<String, Object>> waitFor(WaitStep wait) {
                return List.of(SsmAutomationExporter.this.waitFor(wait));
            }

            @Override
            public List<Map<String, Object>> verify(VerifyStep verify) {
                return SsmAutomationExporter.this.verify(verify);
            }

            @Override
            public List<Map<String, Object>> manual(ManualStep manual) {
                return List.of(approval(manual));
            }

            /** The branches, one after another, in the block's place; null: nothing of the block's own follows. */
            @Override
            public List<Map<String, Object>> parallel(ParallelStep p) {
                notes.add(new Diagnostic(p.pos(), Severity.WARNING, "export-parallel",
                        "SSM Automation has no parallel branches: the branches of `" + p.id() + "` run one after another (SSM Automation)",
                        "keep the branches independent of each other's results; their order is the order written"));
                for (Step branch : p.branches()) {
                    compile(branch, out, rollbackEntry, inRollback);
                }
                return null;
            }
        });
        if (compiled == null) {
            return;
        }
        for (Map<String, Object> s : compiled) {
            failure(step, s, rollbackEntry, inRollback);
            out.add(s);
        }
        emitted.put(step.id(), compiled.get(0));
        Expression expect = Steps.as(step, ActionStep.class).map(ActionStep::expect).orElse(null);
        if (expect != null) {
            Map<String, Object> choice = condition(expect, step.id());
            if (choice != null) {
                Map<String, Object> branch = step(step.id() + "_expect", "aws:branch", expect.pos(),
                        "expect: " + expect.source() + " (no choice matches, so the step fails, when it does not hold)");
                choice.put("NextStep", afterStepPlaceholder(step));
                branch.put("inputs", ordered("Choices", List.of(choice)));
                failure(step, branch, rollbackEntry, inRollback);
                out.add(branch);
            }
        }
    }

    /** The step that follows {@code step} in the written document; resolved once every step exists. */
    private String afterStepPlaceholder(Step step) {
        List<Step> order = new ArrayList<>();
        playbook.phases().forEach(p -> order.addAll(Steps.flatten(p.steps())));
        order.removeIf(s -> Steps.is(s, ParallelStep.class));
        int at = order.indexOf(step);
        if (at < 0 || at + 1 >= order.size()) {
            return DONE;
        }
        Step following = order.get(at + 1);
        return following.common().when() != null && condition(following.common().when()) != null ? following.id() + "_when" : following.id();
    }

    private Map<String, Object> approval(ManualStep step) {
        usesApproval = true;
        Map<String, Object> s = step(step.id(), "aws:approve", step.pos(), describe(step));
        s.put("inputs", ordered("Approvers", "{{ " + APPROVERS + " }}", "MinRequiredApprovals", 1, "Message", text(step.instructions())));
        timeout(step, s, step.common().timeout());
        return s;
    }

    private Map<String, Object> actionStep(ActionStep step) {
        ActionCall call = step.call();
        String action = call.action();
        if (action.equals("sleep")) {
            Value d = call.with() == null ? null : call.with().get("duration");
            Optional<Duration> duration = d instanceof Value.Text t && t.template().isLiteral()
                    ? Durations.parse(Jsonata.literalText(t.template())) : Optional.empty();
            if (duration.isEmpty()) {
                return byHand(step, d == null ? step.pos() : d.pos(), "export-sleep", "sleep needs a literal duration", "write it as `duration: 30s`");
            }
            Map<String, Object> s = step(step.id(), "aws:sleep", step.pos(), describe(step));
            s.put("inputs", Map.of("Duration", duration.get().toString()));
            return s;
        }
        if (action.equals("notify")) {
            usesNotify = true;
            Map<String, Object> s = step(step.id(), "aws:executeAwsApi", step.pos(), describe(step));
            Map<String, Object> inputs = ordered("Service", "sns", "Api", "Publish", "TopicArn", "{{ " + NOTIFY_TOPIC + " }}");
            Value message = call.with() == null ? null : call.with().get("message");
            inputs.put("Message", message == null ? "" : value(message));
            s.put("inputs", inputs);
            timeout(step, s, timeout(step));
            return s;
        }
        if (action.equals("log")) {
            notes.add(new Diagnostic(call.actionPos(), Severity.WARNING, "export-log",
                    "SSM Automation has no step that only records a message: the step waits 0 seconds and keeps the message, unevaluated, in its description (SSM Automation)",
                    "notify the message if someone must read it during the run"));
            Value message = call.with() == null ? null : call.with().get("message");
            Map<String, Object> s = step(step.id(), "aws:sleep", step.pos(), describe(step) + "; message: " + (message instanceof Value.Text t ? t.template().raw() : ""));
            s.put("inputs", Map.of("Duration", "PT0S"));
            return s;
        }
        if (action.startsWith("http.") || action.equals("shell")) {
            return byHand(step, call.actionPos(), "export-action", "`" + action + "` step `" + step.id() + "` has no SSM Automation action",
                    action.equals("shell") ? "run it with aws:runCommand on a named instance, or keep it for `playbook run`"
                            : "call the endpoint from aws:executeScript, or check it with a CloudWatch Synthetics canary");
        }
        Optional<AwsOperation> op = operation(call);
        if (op.isEmpty()) {
            return byHand(step, call.actionPos(), "export-action", "action `" + action + "` has no SSM Automation action",
                    "use aws.<service>.<operation>, notify, sleep or manual");
        }
        checkRegion(step);
        Map<String, Object> s = step(step.id(), "aws:executeAwsApi", step.pos(), describe(step));
        s.put("inputs", apiInputs(op.get(), call));
        timeout(step, s, timeout(step));
        attempts(step, op.get(), s);
        return s;
    }

    /**
     * A step Automation cannot run becomes an approval: a person does it by hand and approves.
     * Reported, so a deployed runbook never holds one unawares; every step keeps its name, so
     * branches and onFailure targets stay valid.
     */
    private Map<String, Object> byHand(Step step, SourcePos pos, String id, String why, String hint) {
        problems.construct(pos, id, why, hint);
        usesApproval = true;
        Map<String, Object> s = step(step.id(), "aws:approve", step.pos(), describe(step) + "; not exported, done by hand");
        s.put("inputs", ordered("Approvers", "{{ " + APPROVERS + " }}", "MinRequiredApprovals", 1,
                "Message", "Not exported (" + pos + ": " + why + "). Do it by hand, then approve."));
        return s;
    }

    private Map<String, Object> waitFor(WaitStep w) {
        Optional<AwsOperation> op = operation(w.call());
        if (op.isEmpty()) {
            return byHand(w, w.call().actionPos(), "export-action", "wait on `" + w.call().action() + "` has no SSM Automation action",
                    "wait on an aws.<service>.<operation>");
        }
        checkRegion(w);
        Map<String, Object> s = step(w.id(), "aws:waitForAwsResourceProperty", w.pos(), describe(w));
        Map<String, Object> inputs = apiInputs(op.get(), w.call());
        Desired desired = desired(w.until());
        if (desired == null) {
            return byHand(w, w.until().pos(), "export-wait", "`until: " + w.until().source() + "` is not of the form `result.<path> == literal` or `result.<path> =~ [literals]`",
                    "wait on one property; check the rest in a verify step after the wait");
        }
        inputs.put("PropertySelector", desired.selector());
        inputs.put("DesiredValues", desired.values());
        s.put("inputs", inputs);
        notes.add(new Diagnostic(w.waitPos(), Severity.WARNING, "export-wait-interval",
                "SSM Automation polls at its own interval: `every: " + Durations.format(w.every()) + "`"
                        + (w.maxEvery() != null ? " and `max_every: " + Durations.format(w.maxEvery()) + "`" : "") + " are not kept (SSM Automation)",
                "nothing to change; the wait still gives up at its timeout"));
        Duration limit = w.timeout() != null ? w.timeout() : playbook.defaults().timeout();
        timeout(w, s, limit);
        return s;
    }

    private record Desired(String selector, List<String> values) {
    }

    private Desired desired(Expression until) {
        ExpressionTree tree = tree(until);
        if (!(tree instanceof ExpressionTree.Binary b)) {
            return null;
        }
        if (b.operator() == ExpressionTree.Operator.AND) {
            Desired first = desired(b.left(), until);
            if (first != null) {
                problems.construct(until.pos().shift(0, b.right().column()), "export-wait",
                        "SSM Automation waits for one property; this part of `until` is not checked", "check it in a verify step after the wait");
            }
            return first;
        }
        return desired(b, until);
    }

    private Desired desired(ExpressionTree tree, Expression until) {
        if (!(tree instanceof ExpressionTree.Binary b) || !(b.left() instanceof ExpressionTree.Path p) || !p.root().equals("result")) {
            return null;
        }
        String selector = selector(p.segments());
        if (selector == null) {
            return null;
        }
        if (b.operator() == ExpressionTree.Operator.EQ && b.right() instanceof ExpressionTree.Literal l && l.value() != null) {
            return new Desired(selector, List.of(String.valueOf(l.value())));
        }
        if (b.operator() == ExpressionTree.Operator.MATCHES && b.right() instanceof ExpressionTree.ListLiteral list
                && list.items().stream().allMatch(i -> i instanceof ExpressionTree.Literal)) {
            return new Desired(selector, list.items().stream().map(i -> String.valueOf(((ExpressionTree.Literal) i).value())).toList());
        }
        return null;
    }

    /**
     * verify: a check that compares a property of an earlier read-only AWS call with literals
     * becomes aws:assertAwsResourceProperty (which makes that call again); the other checks
     * become one aws:branch whose only choice holds when all of them hold. When one does not, no
     * choice matches and the branch step fails, which is how Automation fails a step.
     */
    private List<Map<String, Object>> verify(VerifyStep v) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> conditions = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < v.checks().size(); i++) {
            Check check = v.checks().get(i);
            String title = check.title() != null ? check.title() : check.that().source();
            Map<String, Object> asserted = assertion(v, check, i + 1, title);
            if (asserted != null) {
                out.add(asserted);
                continue;
            }
            Map<String, Object> c = condition(check.that());
            if (c != null) {
                conditions.add(c);
                titles.add(title);
            }
        }
        if (!conditions.isEmpty()) {
            Map<String, Object> choice = conditions.size() == 1 ? conditions.get(0) : ordered("And", conditions);
            choice.put("NextStep", afterStepPlaceholder(v));
            Map<String, Object> s = step(out.isEmpty() ? v.id() : v.id() + "_checks", "aws:branch", v.pos(), describe(v) + "; checks: " + String.join("; ", titles));
            s.put("inputs", ordered("Choices", List.of(choice)));
            out.add(s);
        }
        if (out.isEmpty()) {
            out.add(byHand(v, v.pos(), "export-verify", "no check of `" + v.id() + "` has an SSM Automation counterpart",
                    "compare an input or a step output with a literal, or a read-only call's property (then it is asserted)"));
        }
        out.get(0).put("name", v.id());
        return out;
    }

    /** {@code steps.<id>.result.<path> == literal} (or {@code =~ [literals]}) over a read-only AWS step, as an assertion step. */
    private Map<String, Object> assertion(VerifyStep v, Check check, int n, String title) {
        ExpressionTree tree = tree(check.that());
        if (!(tree instanceof ExpressionTree.Binary b) || !(b.left() instanceof ExpressionTree.Path p) || !p.root().equals("steps")
                || p.segments().size() < 3 || !(p.segments().get(0) instanceof ExpressionTree.Field id)
                || !(p.segments().get(1) instanceof ExpressionTree.Field r) || !r.name().equals("result")) {
            return null;
        }
        ActionStep a = playbook.step(id.name()).flatMap(source -> Steps.as(source, ActionStep.class)).orElse(null);
        if (a == null) {
            return null;
        }
        Optional<AwsOperation> op = operation(a.call());
        if (op.isEmpty() || !op.get().readOnly()) {
            return null;
        }
        ExpressionTree.Path asResult = new ExpressionTree.Path("result", p.segments().subList(2, p.segments().size()), p.column());
        Desired desired = desired(new ExpressionTree.Binary(b.operator(), asResult, b.right(), b.column()), check.that());
        if (desired == null) {
            return null;
        }
        Map<String, Object> s = step(v.id() + "_check" + n, "aws:assertAwsResourceProperty", check.pos(),
                "verify " + v.id() + ": " + title + " (calls " + a.call().action() + " again, as " + a.id() + " did)");
        Map<String, Object> inputs = apiInputs(op.get(), a.call());
        inputs.put("PropertySelector", desired.selector());
        inputs.put("DesiredValues", desired.values());
        s.put("inputs", inputs);
        return s;
    }

    /** A condition as an aws:branch choice, or null (reported) when Automation cannot express it. */
    private Map<String, Object> condition(Expression expression) {
        return condition(expression, null);
    }

    private Map<String, Object> condition(Expression expression, String resultOf) {
        ExpressionTree tree = tree(expression);
        if (tree == null) {
            return null;
        }
        Map<String, Object> out = choice(tree, expression, resultOf);
        if (out == null) {
            problems.construct(expression.pos(), "export-expression", "`" + expression.source() + "` has no aws:branch counterpart",
                    "compare an input or a step output with a literal (==, !=, <, >), combined with &&, || and !");
        }
        return out;
    }

    private Map<String, Object> choice(ExpressionTree tree, Expression source, String resultOf) {
        if (tree instanceof ExpressionTree.Path p) {
            String variable = variable(p, resultOf);
            return variable == null ? null : ordered("Variable", variable, "BooleanEquals", true);
        }
        if (tree instanceof ExpressionTree.Not n) {
            Map<String, Object> inner = choice(n.operand(), source, resultOf);
            return inner == null ? null : ordered("Not", inner);
        }
        if (!(tree instanceof ExpressionTree.Binary b)) {
            return null;
        }
        if (b.operator() == ExpressionTree.Operator.AND || b.operator() == ExpressionTree.Operator.OR) {
            Map<String, Object> l = choice(b.left(), source, resultOf);
            Map<String, Object> r = choice(b.right(), source, resultOf);
            return l == null || r == null ? null : ordered(b.operator() == ExpressionTree.Operator.AND ? "And" : "Or", List.of(l, r));
        }
        if (!(b.left() instanceof ExpressionTree.Path p) || !(b.right() instanceof ExpressionTree.Literal lit) || lit.value() == null) {
            return null;
        }
        String variable = variable(p, resultOf);
        if (variable == null) {
            return null;
        }
        Object value = lit.value();
        String kind = value instanceof String ? "String" : value instanceof Boolean ? "Boolean" : "Numeric";
        return switch (b.operator()) {
            case EQ -> ordered("Variable", variable, kind + "Equals", value);
            case NE -> ordered("Not", ordered("Variable", variable, kind + "Equals", value));
            case LT -> kind.equals("Numeric") ? ordered("Variable", variable, "NumericLesser", value) : null;
            case LE -> kind.equals("Numeric") ? ordered("Variable", variable, "NumericLesserOrEquals", value) : null;
            case GT -> kind.equals("Numeric") ? ordered("Variable", variable, "NumericGreater", value) : null;
            case GE -> kind.equals("Numeric") ? ordered("Variable", variable, "NumericGreaterOrEquals", value) : null;
            default -> null;
        };
    }

    /** {@code {{ name }}} for an input, {@code {{ step.Output }}} for a read of an earlier aws step's result. */
    private String variable(ExpressionTree.Path p, String resultOf) {
        List<ExpressionTree.Segment> segs = p.segments();
        if (p.root().equals("inputs") && segs.size() == 1 && segs.get(0) instanceof ExpressionTree.Field f) {
            return "{{ " + f.name() + " }}";
        }
        if (p.root().equals("result") && resultOf != null) {
            return output(resultOf, segs);
        }
        if (p.root().equals("steps") && segs.size() > 2 && segs.get(0) instanceof ExpressionTree.Field id
                && segs.get(1) instanceof ExpressionTree.Field r && r.name().equals("result")) {
            Optional<ActionStep> step = playbook.step(id.name()).flatMap(source -> Steps.as(source, ActionStep.class));
            if (step.isPresent() && step.get().call().action().startsWith("aws.")) {
                return output(id.name(), segs.subList(2, segs.size()));
            }
        }
        return null;
    }

    private String output(String stepId, List<ExpressionTree.Segment> segments) {
        String selector = selector(segments);
        if (selector == null) {
            return null;
        }
        String name = selector.substring(2).replaceAll("[^A-Za-z0-9]", "");
        outputs.computeIfAbsent(stepId, k -> new LinkedHashMap<>()).put(name, selector);
        return "{{ " + stepId + "." + name + " }}";
    }

    private static String selector(List<ExpressionTree.Segment> segments) {
        StringBuilder out = new StringBuilder("$");
        for (ExpressionTree.Segment s : segments) {
            if (s instanceof ExpressionTree.Field f) {
                out.append('.').append(f.name());
            } else if (((ExpressionTree.Index) s).index() instanceof ExpressionTree.Literal l && l.value() instanceof Number n) {
                out.append('[').append(n.longValue()).append(']');
            } else {
                return null;
            }
        }
        return out.length() > 1 ? out.toString() : null;
    }

    private ExpressionTree tree(Expression expression) {
        try {
            return ExpressionEngine.get().tree(expression);
        } catch (ExpressionError e) {
            problems.construct(expression.pos(), "export-expression", "expression does not compile: " + e.getMessage(), "fix it first (`playbook validate`)");
            return null;
        }
    }

    private Map<String, Object> apiInputs(AwsOperation op, ActionCall call) {
        Map<String, Object> inputs = ordered("Service", op.service().cliName(), "Api", op.apiName());
        if (call.with() != null) {
            call.with().entries().forEach(e -> inputs.put(e.key(), value(e.value())));
        }
        return inputs;
    }

    /** A parameter value with {@code ${...}} turned into {@code {{ ... }}} where Automation has a counterpart. */
    private Object value(Value v) {
        if (v instanceof Value.Scalar s) {
            return s.value();
        }
        if (v instanceof Value.Text t) {
            return text(t.template());
        }
        if (v instanceof Value.Seq seq) {
            return seq.items().stream().map(this::value).toList();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Value.Mapping) v).entries().forEach(e -> out.put(e.key(), value(e.value())));
        return out;
    }

    private String text(Template template) {
        StringBuilder out = new StringBuilder();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal l) {
                out.append(l.text());
            } else {
                out.append(interpolation(((Template.Interpolation) part).expression()));
            }
        }
        return out.toString();
    }

    private String interpolation(Expression expression) {
        ExpressionTree tree = tree(expression);
        if (tree instanceof ExpressionTree.Path p) {
            List<ExpressionTree.Segment> segs = p.segments();
            if (p.root().equals("vars") && segs.size() == 1 && segs.get(0) instanceof ExpressionTree.Field f && playbook.vars().containsKey(f.name())) {
                Value value = playbook.vars().get(f.name()).value();
                if (value instanceof Value.Text t) {
                    return text(t.template());
                }
                if (value instanceof Value.Scalar s) {
                    return String.valueOf(s.value());
                }
            }
            if (p.root().equals("run") && segs.size() == 1 && segs.get(0) instanceof ExpressionTree.Field f && f.name().equals("id")) {
                return "{{ automation:EXECUTION_ID }}";
            }
            String variable = variable(p, null);
            if (variable != null) {
                return variable;
            }
        }
        if (tree instanceof ExpressionTree.Call c && "time".equals(c.namespace()) && c.name().equals("now")) {
            return "{{ global:DATE_TIME }}";
        }
        if (tree != null) {
            problems.construct(expression.pos(), "export-expression", "`${" + expression.source() + "}` has no SSM Automation counterpart",
                    "use inputs, literal vars, run.id, time:now() or an earlier aws step's result; compute anything else into an input");
        }
        return "${" + expression.source() + "}";
    }

    private Optional<AwsOperation> operation(ActionCall call) {
        return registry.find(call.action()).filter(AwsOperation.class::isInstance).map(AwsOperation.class::cast);
    }

    private void checkRegion(Step step) {
        StepFacts.otherRegion(playbook, step).ifPresent(region -> problems.construct(region.pos(), "export-region",
                "step `" + step.id() + "` calls AWS in `" + region.raw() + "`, but aws:executeAwsApi calls the region the automation runs in",
                "run the steps of that region as their own runbook there (aws:executeAutomation with its region), or drop `region`"));
    }

    private void failure(Step step, Map<String, Object> s, String rollbackEntry, boolean inRollback) {
        OnFailure mode = inRollback ? OnFailure.CONTINUE : OnFailure.effective(step.common(), playbook.defaults());
        switch (mode) {
            case CONTINUE -> {
                s.put("onFailure", "Continue");
                s.put("isCritical", false);
            }
            case ROLLBACK -> {
                s.put("onFailure", rollbackEntry != null ? "step:" + rollbackEntry : "Abort");
                s.put("isCritical", true);
            }
            default -> {
                s.put("onFailure", "Abort");
                s.put("isCritical", true);
            }
        }
    }

    private void attempts(Step step, AwsOperation op, Map<String, Object> s) {
        Retry r = Retry.effective(step.common(), playbook.defaults());
        boolean safe = StepFacts.retrySafe(op);
        s.put("maxAttempts", safe ? r.attempts() : 1);
        if (r.retryIf() != null) {
            problems.construct(r.retryIf().pos(), "export-retry-if", "retry_if has no SSM Automation counterpart (maxAttempts retries every failure)",
                    "drop retry_if for the exported runbook");
        }
    }

    private Duration timeout(Step step) {
        return step.common().timeout() != null ? step.common().timeout() : playbook.defaults().timeout();
    }

    private static void timeout(Step step, Map<String, Object> s, Duration limit) {
        if (limit != null) {
            s.put("timeoutSeconds", Math.max(1, StepFacts.seconds(limit)));
        }
    }

    private static Map<String, Object> step(String name, String action, SourcePos pos, String what) {
        return ordered("name", name, "action", action, "description", pos + ": " + what);
    }

    private static String describe(Step step) {
        return StepFacts.describe(step);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
