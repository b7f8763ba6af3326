package dev.playbook.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.action.ActionRegistry;
import dev.playbook.aws.AwsOperation;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Check;
import dev.playbook.model.Durations;
import dev.playbook.model.ManualStep;
import dev.playbook.model.OnFailure;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Retry;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Step;
import dev.playbook.model.StepVisitor;
import dev.playbook.model.Steps;
import dev.playbook.model.Value;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles a playbook into an Amazon States Language definition (JSONata query language).
 * Steps are compiled back to front, so every state is built knowing the state that follows it.
 * Each step keeps its record in the variable {@code $step_<id>} ({@code status}, {@code result},
 * {@code error}), which is what the playbook's {@code steps.<id>} reads. The mapping is
 * documented in docs/export.md.
 */
public final class StepFunctionsExporter {

    static final String START = "Start";
    static final String VARS = "Vars";
    static final String SUCCEEDED = "Succeeded";
    static final String ROLLBACK = "Rollback";
    static final String ROLLED_BACK = "RolledBack";
    /** Wait intervals grow by this factor, as in a run. */
    private static final double WAIT_GROWTH = 1.5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Playbook playbook;
    private final Map<String, Object> inputValues;
    private final Problems problems = new Problems("Step Functions");
    private final Names names;
    private final Jsonata jsonata;
    private final ActionRegistry registry;
    private final Set<String> iamActions = new TreeSet<>();
    private final Set<String> integrations = new TreeSet<>();

    private StepFunctionsExporter(Playbook playbook, Map<String, Object> inputValues, ActionRegistry registry) {
        this.playbook = playbook;
        this.inputValues = inputValues;
        this.registry = registry;
        this.names = new Names(playbook);
        this.jsonata = new Jsonata(names, problems, null);
    }

    /**
     * The definition for {@code playbook}; {@code inputValues} are the inputs' values given at
     * export time (defaults and {@code -i}), which become the defaults of the state machine's input.
     */
    public static Export export(Playbook playbook, Map<String, Object> inputValues, ActionRegistry registry) {
        return new StepFunctionsExporter(playbook, inputValues, registry).build();
    }

    /** Where the states of one scope go: the machine's top level, or a parallel branch. */
    private record Scope(ObjectNode states, boolean inBranch, boolean inRollback) {
    }

    private Export build() {
        ObjectNode root = JSON.createObjectNode();
        root.put("Comment", header());
        root.put("QueryLanguage", "JSONata");
        ObjectNode states = JSON.createObjectNode();
        Scope top = new Scope(states, false, false);
        if (!playbook.rollback().isEmpty()) {
            compileRollback(top);
        }
        String next = SUCCEEDED;
        List<Phase> phases = playbook.phases();
        for (int i = phases.size() - 1; i >= 0; i--) {
            next = compilePhase(phases.get(i), next, top);
        }
        ObjectNode ordered = JSON.createObjectNode();
        ordered.set(START, startState());
        ordered.set(VARS, varsState(next));
        ordered.setAll(reversed(states));
        ObjectNode done = ordered.putObject(SUCCEEDED);
        done.put("Type", "Succeed");
        done.put("Comment", "every phase finished");
        root.put("StartAt", START);
        if (playbook.objectives() != null && playbook.objectives().rto() != null) {
            root.put("TimeoutSeconds", seconds(playbook.objectives().rto()));
        }
        root.set("States", ordered);
        return new Export(Documents.json(root), problems.sorted(), IamPolicy.of(iamActions, integrations),
                Alarms.of(playbook));
    }

    private String header() {
        var m = playbook.metadata();
        String title = m.title() != null ? " (" + m.title() + ")" : "";
        String version = m.version() != null ? " " + m.version() : "";
        String rto = playbook.objectives() != null && playbook.objectives().rto() != null
                ? "; RTO " + Durations.format(playbook.objectives().rto()) : "";
        return "playbook " + m.name() + version + title + " from " + playbook.file() + rto
                + "; exported by playbook export, states name their source lines";
    }

    /** States were added back to front; the definition reads front to back. */
    private static ObjectNode reversed(ObjectNode states) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        states.fields().forEachRemaining(entries::add);
        ObjectNode out = JSON.createObjectNode();
        for (int i = entries.size() - 1; i >= 0; i--) {
            out.set(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return out;
    }

    private ObjectNode startState() {
        ObjectNode defaults = JSON.createObjectNode();
        for (var input : playbook.inputs().values()) {
            if (input.secret()) {
                problems.construct(input.pos(), "export-secret", "secret input `" + input.name()
                                + "` would be part of the execution's input, which Step Functions keeps in its history",
                        "keep the secret in Secrets Manager and read it there (aws.secretsmanager.getSecretValue in the step that needs it)");
                continue;
            }
            Object value = inputValues.get(input.name());
            if (value != null) {
                defaults.set(input.name(), Documents.plain(value));
            }
        }
        ObjectNode start = state("Pass", playbook.metadata().pos(), "inputs: the execution input's `inputs` over the defaults; "
                + "topics and connection for manual, notify and http steps");
        ObjectNode assign = start.putObject("Assign");
        assign.put("inputs", Jsonata.wrap("$merge([" + Documents.compactJson(defaults) + ", $exists($states.input.inputs) ? $states.input.inputs : {}])"));
        ObjectNode deploy = assign.putObject("deploy");
        deploy.put("approval_topic_arn", "{% $states.input.approval_topic_arn %}");
        deploy.put("notify_topic_arn", "{% $states.input.notify_topic_arn %}");
        deploy.put("http_connection_arn", "{% $states.input.http_connection_arn %}");
        start.put("Next", VARS);
        return start;
    }

    private ObjectNode varsState(String next) {
        ObjectNode vars = state("Pass", playbook.metadata().pos(), "vars, in order; each may read inputs and earlier vars");
        StringBuilder block = new StringBuilder("($vars := {}; ");
        for (var v : playbook.vars().values()) {
            block.append("$vars := $merge([$vars, {").append(Jsonata.string(v.name())).append(": ")
                    .append(valueExpression(v.value())).append("}]); ");
        }
        block.append("$vars)");
        vars.putObject("Assign").put("vars", Jsonata.wrap(block.toString()));
        vars.put("Next", next);
        return vars;
    }

    private String compilePhase(Phase phase, String next, Scope scope) {
        String entry = compileSteps(phase.steps(), next, scope);
        ObjectNode marker = state("Pass", phase.pos(), "phase " + phase.id()
                + (phase.title() != null ? ": " + phase.title() : "")
                + (phase.budget() != null ? "; budget " + Durations.format(phase.budget()) : ""));
        marker.put("Next", entry);
        scope.states().set(phase.id(), marker);
        return phase.id();
    }

    private void compileRollback(Scope top) {
        ObjectNode rolledBack = JSON.createObjectNode();
        rolledBack.put("Type", "Fail");
        rolledBack.put("Comment", "the rollback steps ran; the run ends rolled back");
        rolledBack.put("Error", "Playbook.RolledBack");
        rolledBack.put("Cause", "a step with on_failure: rollback failed; the rollback steps ran");
        top.states().set(ROLLED_BACK, rolledBack);
        Scope rollback = new Scope(top.states(), false, true);
        String entry = compileSteps(playbook.rollback(), ROLLED_BACK, rollback);
        ObjectNode marker = state("Pass", playbook.rollback().get(0).pos(), "rollback: every step runs, failed or not");
        marker.put("Next", entry);
        top.states().set(ROLLBACK, marker);
    }

    private String compileSteps(List<Step> steps, String next, Scope scope) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            next = compileStep(steps.get(i), next, scope);
        }
        return next;
    }

    /** Compiles one step and returns the name of the state that starts it. */
    private String compileStep(Step step, String next, Scope scope) {
        String body = step.accept(new StepVisitor<String>() {
            @Override
            public String action(ActionStep action) {
                return compileAction(action, next, scope);
            }

            @Override
            public String waitFor(WaitStep wait) {
                return compileWait(wait, next, scope);
            }

            @Override
            public String verify(VerifyStep verify) {
                return compileVerify(verify, next, scope);
            }

            @Override
            public String manual(ManualStep manual) {
                return compileManual(manual, next, scope);
            }

            @Override
            public String parallel(ParallelStep parallel) {
                return compileParallel(parallel, next, scope);
            }
        });
        if (step.common().when() == null) {
            return body;
        }
        String skipped = step.id() + ".skipped";
        ObjectNode skip = state("Pass", step.pos(), "`when` is false: " + step.id() + " is skipped");
        skip.putObject("Assign").set(names.stepVariable(step.id()), record("skipped", null));
        skip.put("Next", next);
        scope.states().set(skipped, skip);
        String whenName = step.id() + ".when";
        ObjectNode choice = state("Choice", step.common().when().pos(), "when: " + step.common().when().source());
        ObjectNode rule = choice.putArray("Choices").addObject();
        rule.put("Condition", Jsonata.wrap(jsonata.expression(step.common().when())));
        rule.put("Next", body);
        choice.put("Default", skipped);
        scope.states().set(whenName, choice);
        return whenName;
    }

    // ---- action steps -------------------------------------------------------------------

    private String compileAction(ActionStep step, String next, Scope scope) {
        String action = step.call().action();
        if (action.equals("shell")) {
            return byHand(step, next, scope, "shell step `" + step.id() + "` runs a program on the operator's machine, which a state machine does not have",
                    "export-shell", "run the program where the state machine can reach it (aws.ssm.sendCommand on a named instance), or keep this step for `playbook run`");
        }
        if (!hasTask(action)) {
            return byHand(step, next, scope, "action `" + action + "` has no Step Functions task", "export-action",
                    "use aws.<service>.<operation>, http.*, notify, log or sleep");
        }
        String afterCall = step.expect() == null ? next : expectation(step, next, scope);
        if (action.equals("log")) {
            ObjectNode pass = state("Pass", step.pos(), describe(step));
            Value message = step.call().with() == null ? null : step.call().with().get("message");
            ObjectNode result = JSON.createObjectNode();
            result.set("message", message == null ? JSON.nullNode() : value(message));
            pass.set("Output", result);
            pass.putObject("Assign").set(names.stepVariable(step.id()), record("succeeded", result));
            pass.put("Next", afterCall);
            scope.states().set(step.id(), pass);
            return step.id();
        }
        if (action.equals("sleep")) {
            return compileSleep(step, afterCall, scope);
        }
        ObjectNode task = task(step, step.call(), step.common().timeout() != null ? step.common().timeout() : playbook.defaults().timeout());
        task.putObject("Assign").set(names.stepVariable(step.id()), record("succeeded", resultOf(step)));
        retry(step, step.call(), task);
        catchFailures(step, task, next, scope);
        task.put("Next", afterCall);
        scope.states().set(step.id(), task);
        return startClock(step, step.call(), step.id(), scope);
    }

    /** http steps report elapsed_ms: the start is taken by a Pass just before. */
    private String startClock(Step step, ActionCall call, String taskName, Scope scope) {
        if (!call.action().startsWith("http.")) {
            return taskName;
        }
        ObjectNode clock = state("Pass", step.pos(), "when the request starts, for elapsed_ms");
        clock.putObject("Assign").put(clockVariable(step), "{% $millis() %}");
        clock.put("Next", taskName);
        String name = step.id() + ".clock";
        scope.states().set(name, clock);
        return name;
    }

    private String clockVariable(Step step) {
        return "started_" + step.id();
    }

    /**
     * A step the state machine cannot run (shell, an action without a task) becomes work for a
     * person: its call is published like a manual step's instructions, and the operator runs it
     * and answers with its result. Reported, so a deployed runbook never holds one unawares.
     */
    private String byHand(Step step, String next, Scope scope, String why, String id, String hint) {
        ActionCall call = Steps.call(step);
        problems.construct(call.actionPos(), id, why, hint);
        StringBuilder written = new StringBuilder(call.action());
        if (call.with() != null) {
            call.with().entries().forEach(e -> written.append("\n  ").append(e.key()).append(": ").append(rawText(e.value())));
        }
        String instructions = "Not exported (" + call.actionPos() + ": " + why + "). Run it by hand:\n" + written
                + "\nthen answer with its result: playbook approve --task-token <token> --result '{...}'";
        ObjectNode task = approvalTask(step, Jsonata.string(instructions));
        task.putObject("Assign").set(names.stepVariable(step.id()), record("succeeded", JSON.getNodeFactory().textNode("{% $states.result %}")));
        catchFailures(step, task, next, scope);
        task.put("Next", next);
        scope.states().set(step.id(), task);
        return step.id();
    }

    /** A value as the playbook writes it, templates unevaluated (so no secret is ever resolved into it). */
    private static String rawText(Value v) {
        if (v instanceof Value.Scalar s) {
            return String.valueOf(s.value());
        }
        if (v instanceof Value.Text t) {
            return t.template().raw();
        }
        if (v instanceof Value.Seq seq) {
            return seq.items().stream().map(StepFunctionsExporter::rawText).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return ((Value.Mapping) v).entries().stream().map(e -> e.key() + ": " + rawText(e.value()))
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private boolean hasTask(String action) {
        return action.equals("log") || action.equals("sleep") || action.equals("notify") || action.startsWith("http.")
                || registry.find(action).filter(AwsOperation.class::isInstance).isPresent();
    }

    private String compileSleep(ActionStep step, String next, Scope scope) {
        ObjectNode wait = state("Wait", step.pos(), describe(step));
        Value duration = step.call().with() == null ? null : step.call().with().get("duration");
        Optional<Duration> d = duration instanceof Value.Text t && t.template().isLiteral()
                ? Durations.parse(Jsonata.literalText(t.template())) : Optional.empty();
        if (d.isPresent()) {
            wait.put("Seconds", Math.max(0, seconds(d.get())));
        } else {
            problems.construct(duration == null ? step.pos() : duration.pos(), "export-sleep",
                    "sleep needs a literal duration in a state machine", "write it as `duration: 30s`");
            wait.put("Seconds", 0);
        }
        wait.putObject("Assign").set(names.stepVariable(step.id()), record("succeeded", null));
        wait.put("Next", next);
        scope.states().set(step.id(), wait);
        return step.id();
    }

    /**
     * The Task for an action call whose action {@link #hasTask has one}. aws.* calls the SDK
     * integration, http.* the HTTP task with the connection given at start, notify publishes to
     * the notify topic.
     */
    private ObjectNode task(Step step, ActionCall call, Duration timeout) {
        String action = call.action();
        ObjectNode task = state("Task", step.pos(), describe(step));
        ObjectNode args = JSON.createObjectNode();
        if (action.startsWith("aws.")) {
            Optional<AwsOperation> op = registry.find(action).filter(AwsOperation.class::isInstance).map(AwsOperation.class::cast);
            if (op.isEmpty()) {
                throw new IllegalStateException("no AWS operation " + action);
            }
            checkRegion(step);
            task.put("Resource", "arn:aws:states:::aws-sdk:" + op.get().service().name() + ":" + op.get().operation());
            iamActions.add(IamPolicy.action(op.get()));
            if (call.with() != null) {
                call.with().entries().forEach(e -> args.set(e.key(), value(e.value())));
            }
            op.get().idempotencyTokenMember().filter(member -> !args.has(member))
                    .ifPresent(member -> args.put(member, "{% $substring($states.context.Execution.Name & \"-" + step.id() + "\", 0, 64) %}"));
        } else if (action.startsWith("http.")) {
            task.put("Resource", "arn:aws:states:::http:invoke");
            integrations.add("http");
            Value.Mapping with = call.with();
            args.set("ApiEndpoint", with == null || with.get("url") == null ? JSON.nullNode() : value(with.get("url")));
            String method = action.equals("http.request") && with != null && with.get("method") instanceof Value.Text t && t.template().isLiteral()
                    ? Jsonata.literalText(t.template()).toUpperCase(java.util.Locale.ROOT) : action.substring("http.".length()).toUpperCase(java.util.Locale.ROOT);
            args.put("Method", method);
            args.putObject("Authentication").put("ConnectionArn", "{% $deploy.http_connection_arn %}");
            if (with != null && with.get("headers") != null) {
                args.set("Headers", value(with.get("headers")));
            }
            if (with != null && with.get("body") != null) {
                args.set("RequestBody", value(with.get("body")));
            }
            Value limit = with == null ? null : with.get("timeout");
            if (limit instanceof Value.Text t && t.template().isLiteral()) {
                Optional<Duration> d = Durations.parse(Jsonata.literalText(t.template()));
                if (d.isPresent() && (timeout == null || d.get().compareTo(timeout) < 0)) {
                    timeout = d.get();
                }
            }
        } else if (action.equals("notify")) {
            task.put("Resource", "arn:aws:states:::sns:publish");
            integrations.add("sns");
            Value.Mapping with = call.with();
            args.put("TopicArn", "{% $deploy.notify_topic_arn %}");
            args.set("Message", with == null || with.get("message") == null ? JSON.nullNode() : value(with.get("message")));
            if (with != null && with.get("channel") != null) {
                ObjectNode channel = args.putObject("MessageAttributes").putObject("channel");
                channel.put("DataType", "String");
                channel.set("StringValue", value(with.get("channel")));
            }
            if (with != null && with.get("webhook") != null) {
                problems.construct(with.get("webhook").pos(), "export-notify-webhook", "notify's webhook is not called by the state machine",
                        "subscribe the webhook to the notify topic (an HTTPS subscription) and drop `webhook` here");
            }
        } else {
            throw new IllegalStateException("no task for " + action);
        }
        task.set("Arguments", args);
        if (timeout != null) {
            task.put("TimeoutSeconds", Math.max(1, seconds(timeout)));
        }
        return task;
    }

    /** What the playbook's result of a call is, from the task's result. */
    private JsonNode resultOf(Step step) {
        if (Steps.call(step).action().startsWith("http.")) {
            ObjectNode r = JSON.createObjectNode();
            r.put("status", "{% $states.result.StatusCode %}");
            r.put("headers", "{% $states.result.Headers %}");
            r.put("body", "{% $states.result.ResponseBody %}");
            r.put("elapsed_ms", "{% $millis() - $" + clockVariable(step) + " %}");
            return r;
        }
        return JSON.getNodeFactory().textNode("{% $states.result %}");
    }

    private void checkRegion(Step step) {
        StepFacts.otherRegion(playbook, step).ifPresent(region -> problems.construct(region.pos(), "export-region",
                "step `" + step.id() + "` calls AWS in `" + region.raw() + "`, but a state machine's AWS SDK tasks call the region it is deployed in"
                        + (playbook.defaults().region() != null ? " (`" + playbook.defaults().region().raw() + "`, defaults.region)" : ""),
                "deploy the steps of that region as their own state machine there and start it with arn:aws:states:::states:startExecution.sync:2, or drop `region`"));
    }

    private String expectation(ActionStep step, String next, Scope scope) {
        String name = step.id() + ".expect";
        ObjectNode choice = state("Choice", step.expect().pos(), "expect: " + step.expect().source());
        ObjectNode rule = choice.putArray("Choices").addObject();
        rule.put("Condition", Jsonata.wrap("$not(" + jsonata.reading(step.id()).expression(step.expect()) + ")"));
        rule.put("Next", failure(step, "ExpectationFailed", "expect `" + step.expect().source() + "` does not hold", next, scope, ".unexpected"));
        choice.put("Default", next);
        scope.states().set(name, choice);
        return name;
    }

    /**
     * Retry of a task, as a run would: attempts, delay, backoff, max delay and jitter. A mutating
     * AWS call without an idempotency token is not retried: Step Functions cannot tell a refused
     * call from one whose answer was lost, and repeating the latter repeats the change.
     */
    private void retry(Step step, ActionCall call, ObjectNode task) {
        Retry r = Retry.effective(step.common(), playbook.defaults());
        if (r.attempts() <= 1) {
            return;
        }
        if (r.retryIf() != null) {
            problems.construct(r.retryIf().pos(), "export-retry-if", "retry_if has no Step Functions counterpart (Retry matches error names only)",
                    "drop retry_if for the exported runbook, or list the error names to retry in a separate playbook step");
        }
        if (!retrySafe(call)) {
            task.put("Comment", task.get("Comment").asText() + "; not retried: a mutating call without an idempotency token");
            return;
        }
        ObjectNode retrier = task.putArray("Retry").addObject();
        retrier.putArray("ErrorEquals").add("States.ALL");
        retrier.put("IntervalSeconds", Math.max(1, seconds(r.delay())));
        retrier.put("MaxAttempts", r.attempts() - 1);
        retrier.put("BackoffRate", r.backoff());
        if (r.maxDelay() != null) {
            retrier.put("MaxDelaySeconds", Math.max(1, seconds(r.maxDelay())));
        }
        retrier.put("JitterStrategy", Boolean.TRUE.equals(r.jitter()) ? "FULL" : "NONE");
    }

    private boolean retrySafe(ActionCall call) {
        String action = call.action();
        if (action.startsWith("aws.")) {
            return registry.find(action).filter(AwsOperation.class::isInstance).map(AwsOperation.class::cast)
                    .map(StepFacts::retrySafe).orElse(false);
        }
        if (action.startsWith("http.")) {
            String method = action.substring("http.".length());
            return method.equals("get") || method.equals("head");
        }
        return false;
    }

    /** Task errors go where the step's on_failure says, with the step's record saying why. */
    private void catchFailures(Step step, ObjectNode task, String next, Scope scope) {
        ArrayNode catches = task.putArray("Catch");
        ObjectNode catcher = catches.addObject();
        catcher.putArray("ErrorEquals").add("States.ALL");
        ObjectNode error = JSON.createObjectNode();
        error.put("code", "{% $states.errorOutput.Error %}");
        error.put("message", "{% $states.errorOutput.Cause %}");
        ObjectNode rec = record("failed", null);
        rec.set("error", error);
        catcher.putObject("Assign").set(names.stepVariable(step.id()), rec);
        catcher.put("Next", failureTarget(step, "step `" + step.id() + "` failed", next, scope, ".abort"));
    }

    /**
     * Where a failure leads, for a failure whose record is already assigned: the next state
     * (continue, and always in rollback), a Fail (abort), or the rollback chain, which a parallel
     * branch reaches by failing with Playbook.Rollback.
     */
    private String failureTarget(Step step, String cause, String next, Scope scope, String suffix) {
        OnFailure mode = scope.inRollback() ? OnFailure.CONTINUE : OnFailure.effective(step.common(), playbook.defaults());
        if (mode == OnFailure.CONTINUE) {
            return next;
        }
        if (mode == OnFailure.ROLLBACK && !scope.inBranch() && !playbook.rollback().isEmpty()) {
            return ROLLBACK;
        }
        String name = step.id() + suffix;
        ObjectNode fail = state("Fail", step.pos(), "on_failure: " + mode.yamlName());
        fail.put("Error", mode == OnFailure.ROLLBACK ? (scope.inBranch() ? "Playbook.Rollback" : "Playbook.RolledBack") : "Playbook.StepFailed");
        fail.put("Cause", step.pos() + ": " + cause);
        scope.states().set(name, fail);
        return name;
    }

    /** A failure found by a Choice (an assertion): records it, then goes where on_failure says. */
    private String failure(Step step, String code, String cause, String next, Scope scope, String suffix) {
        String target = failureTarget(step, cause, next, scope, suffix + ".fail");
        String name = step.id() + suffix;
        ObjectNode pass = state("Pass", step.pos(), cause);
        ObjectNode rec = record("failed", null);
        ObjectNode error = rec.putObject("error");
        error.put("code", code);
        error.put("message", cause);
        pass.putObject("Assign").set(names.stepVariable(step.id()), keepResult(step, rec));
        pass.put("Next", target);
        scope.states().set(name, pass);
        return name;
    }

    /** A failed assertion keeps the result it judged: that of the action an action or wait step called. */
    private ObjectNode keepResult(Step step, ObjectNode rec) {
        if (Steps.call(step) != null) {
            rec.put("result", "{% $" + names.stepVariable(step.id()) + ".result %}");
        }
        return rec;
    }

    // ---- wait, verify, manual, parallel --------------------------------------------------

    private String compileWait(WaitStep step, String next, Scope scope) {
        String id = step.id();
        String waitVar = "wait_" + id;
        Duration maxEvery = step.maxEvery() != null ? step.maxEvery() : step.every().multipliedBy(4);
        Duration limit = step.timeout() != null ? step.timeout() : playbook.defaults().timeout();

        String timedOut = failure(step, "WaitTimeout", "`" + step.until().source() + "` never held within "
                + (limit == null ? "the run" : Durations.format(limit)), next, scope, ".timeout");

        ObjectNode sleep = state("Wait", step.waitPos(), "next poll in " + Durations.format(step.every()) + ", growing to " + Durations.format(maxEvery));
        sleep.put("Seconds", "{% $max([1, $min([$" + waitVar + ".interval, $ceil(($" + waitVar + ".deadline - $millis()) / 1000)])]) %}");
        ObjectNode grown = sleep.putObject("Assign").putObject(waitVar);
        grown.put("deadline", "{% $" + waitVar + ".deadline %}");
        grown.put("interval", "{% $min([" + seconds(maxEvery) + ", $round($" + waitVar + ".interval * " + WAIT_GROWTH + ")]) %}");
        sleep.put("Next", id + ".poll");
        scope.states().set(id + ".sleep", sleep);

        ObjectNode deadline = state("Choice", step.waitPos(), "give up at the wait's timeout");
        ObjectNode late = deadline.putArray("Choices").addObject();
        late.put("Condition", "{% $millis() >= $" + waitVar + ".deadline %}");
        late.put("Next", timedOut);
        deadline.put("Default", id + ".sleep");
        scope.states().set(id + ".deadline", deadline);

        ObjectNode done = state("Pass", step.pos(), "`until` holds");
        ObjectNode rec = record("succeeded", null);
        rec.put("result", "{% $" + names.stepVariable(id) + ".result %}");
        done.putObject("Assign").set(names.stepVariable(id), rec);
        done.put("Next", next);
        scope.states().set(id + ".done", done);

        ObjectNode until = state("Choice", step.until().pos(), "until: " + step.until().source());
        ObjectNode holds = until.putArray("Choices").addObject();
        holds.put("Condition", Jsonata.wrap(jsonata.reading(id).expression(step.until())));
        holds.put("Next", id + ".done");
        until.put("Default", id + ".deadline");
        scope.states().set(id + ".until", until);

        Duration callLimit = step.common().timeout() != null ? step.common().timeout() : playbook.defaults().timeout();
        if (callLimit == null || limit != null && limit.compareTo(callLimit) < 0) {
            callLimit = limit;
        }
        if (!hasTask(step.call().action()) || step.call().action().equals("shell")) {
            return byHand(step, next, scope, "wait on `" + step.call().action() + "` has no Step Functions task", "export-action",
                    "wait on an aws.<service>.<operation> or http.* call");
        }
        ObjectNode poll = task(step, step.call(), callLimit);
        poll.putObject("Assign").set(names.stepVariable(id), record("polling", resultOf(step)));
        ObjectNode catcher = poll.putArray("Catch").addObject();
        catcher.putArray("ErrorEquals").add("States.ALL");
        catcher.put("Comment", "a failed poll is an observation, not a failure: poll again until the timeout");
        catcher.put("Next", id + ".deadline");
        poll.put("Next", id + ".until");
        scope.states().set(id + ".poll", poll);
        String pollEntry = startClock(step, step.call(), id + ".poll", scope);

        ObjectNode start = state("Pass", step.waitPos(), "wait: poll " + step.call().action() + " every "
                + Durations.format(step.every()) + " (at most " + Durations.format(maxEvery) + ")"
                + (limit == null ? "" : ", for at most " + Durations.format(limit)));
        ObjectNode clock = start.putObject("Assign").putObject(waitVar);
        clock.put("deadline", limit == null ? "{% 8640000000000000 %}" : "{% $millis() + " + limit.toMillis() + " %}");
        clock.put("interval", Math.max(1, seconds(step.every())));
        start.put("Next", pollEntry);
        scope.states().set(id, start);
        return id;
    }

    private String compileVerify(VerifyStep step, String next, Scope scope) {
        ObjectNode passed = state("Pass", step.pos(), "every check holds");
        passed.putObject("Assign").set(names.stepVariable(step.id()), record("succeeded", null));
        passed.put("Next", next);
        scope.states().set(step.id() + ".passed", passed);
        ObjectNode choice = state("Choice", step.pos(), describe(step));
        ArrayNode rules = choice.putArray("Choices");
        List<Check> checks = step.checks();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            String title = check.title() != null ? check.title() : check.that().source();
            ObjectNode rule = rules.addObject();
            rule.put("Condition", Jsonata.wrap("$not(" + jsonata.expression(check.that()) + ")"));
            rule.put("Next", failure(step, "VerifyFailed", "check failed: " + title, next, scope, ".check" + (i + 1)));
        }
        choice.put("Default", step.id() + ".passed");
        scope.states().set(step.id(), choice);
        return step.id();
    }

    private String compileManual(ManualStep step, String next, Scope scope) {
        ObjectNode task = approvalTask(step, jsonata.templateExpression(step.instructions()));
        task.putObject("Assign").set(names.stepVariable(step.id()), record("succeeded", JSON.getNodeFactory().textNode("{% $states.result %}")));
        catchFailures(step, task, next, scope);
        task.put("Next", next);
        scope.states().set(step.id(), task);
        return step.id();
    }

    /** Publishes the step's instructions with its task token and waits for `playbook approve` (or send-task-success). */
    private ObjectNode approvalTask(Step step, String instructions) {
        ObjectNode task = state("Task", step.pos(), describe(step));
        task.put("Resource", "arn:aws:states:::sns:publish.waitForTaskToken");
        integrations.add("sns");
        ObjectNode args = task.putObject("Arguments");
        args.put("TopicArn", "{% $deploy.approval_topic_arn %}");
        String title = step.common().title() != null ? jsonata.templateExpression(step.common().title()) : Jsonata.string(step.id());
        args.put("Message", Jsonata.wrap("$string({"
                + "\"playbook\": " + Jsonata.string(playbook.metadata().name())
                + ", \"step\": " + Jsonata.string(step.id())
                + ", \"source\": " + Jsonata.string(step.pos().toString())
                + ", \"title\": " + title
                + ", \"instructions\": " + instructions
                + ", \"taskToken\": $states.context.Task.Token"
                + ", \"approve\": \"playbook approve --task-token \" & $states.context.Task.Token"
                + ", \"reject\": \"playbook approve --reject --task-token \" & $states.context.Task.Token})"));
        if (step.common().timeout() != null) {
            task.put("TimeoutSeconds", Math.max(1, seconds(step.common().timeout())));
        }
        return task;
    }

    private String compileParallel(ParallelStep step, String next, Scope scope) {
        ObjectNode parallel = state("Parallel", step.pos(), describe(step));
        ArrayNode branches = parallel.putArray("Branches");
        ObjectNode assign = JSON.createObjectNode();
        for (int i = 0; i < step.branches().size(); i++) {
            Step branch = step.branches().get(i);
            ObjectNode branchStates = JSON.createObjectNode();
            Scope inner = new Scope(branchStates, true, scope.inRollback());
            List<String> variables = Steps.flatten(List.of(branch)).stream().map(s -> names.stepVariable(s.id())).toList();
            ObjectNode out = state("Pass", branch.pos(), "the branch's step records, for the steps after the parallel");
            StringBuilder records = new StringBuilder("{");
            for (String v : variables) {
                records.append(records.length() > 1 ? ", " : "").append(Jsonata.string(v)).append(": $").append(v);
                assign.put(v, "{% $states.result[" + i + "]." + v + " %}");
            }
            out.put("Output", Jsonata.wrap(records.append("}").toString()));
            out.put("End", true);
            String outName = branch.id() + ".out";
            branchStates.set(outName, out);
            String entry = compileStep(branch, outName, inner);
            ObjectNode definition = branches.addObject();
            definition.put("StartAt", entry);
            definition.set("States", reversed(branchStates));
        }
        assign.set(names.stepVariable(step.id()), record("succeeded", null));
        parallel.set("Assign", assign);
        if (step.common().timeout() != null) {
            parallel.put("TimeoutSeconds", Math.max(1, seconds(step.common().timeout())));
        }
        ArrayNode catches = parallel.putArray("Catch");
        if (!scope.inBranch() && !scope.inRollback() && !playbook.rollback().isEmpty()) {
            ObjectNode toRollback = catches.addObject();
            toRollback.putArray("ErrorEquals").add("Playbook.Rollback");
            toRollback.put("Next", ROLLBACK);
        }
        ObjectNode catcher = catches.addObject();
        catcher.putArray("ErrorEquals").add("States.ALL");
        ObjectNode rec = record("failed", null);
        ObjectNode error = rec.putObject("error");
        error.put("code", "{% $states.errorOutput.Error %}");
        error.put("message", "{% $states.errorOutput.Cause %}");
        catcher.putObject("Assign").set(names.stepVariable(step.id()), rec);
        catcher.put("Next", failureTarget(step, "a branch of `" + step.id() + "` failed", next, scope, ".abort"));
        parallel.put("Next", next);
        scope.states().set(step.id(), parallel);
        return step.id();
    }

    // ---- values ---------------------------------------------------------------------------

    /** A step's record as the playbook's {@code steps.<id>} reads it. */
    private ObjectNode record(String status, JsonNode result) {
        ObjectNode rec = JSON.createObjectNode();
        rec.put("status", status);
        if (result != null) {
            rec.set("result", result);
        }
        return rec;
    }

    /** A {@code with} value as ASL JSON: literals as they are, templates as JSONata. */
    private JsonNode value(Value v) {
        if (v instanceof Value.Scalar s) {
            return Documents.plain(s.value());
        }
        if (v instanceof Value.Text t) {
            Object out = jsonata.template(t.template());
            return JSON.getNodeFactory().textNode(String.valueOf(out));
        }
        if (v instanceof Value.Seq seq) {
            ArrayNode out = JSON.createArrayNode();
            seq.items().forEach(item -> out.add(value(item)));
            return out;
        }
        ObjectNode out = JSON.createObjectNode();
        ((Value.Mapping) v).entries().forEach(e -> out.set(e.key(), value(e.value())));
        return out;
    }

    /** A var's value as one JSONata expression. */
    private String valueExpression(Value v) {
        if (v instanceof Value.Scalar s) {
            return s.value() == null ? "null" : s.value() instanceof String str ? Jsonata.string(str) : String.valueOf(s.value());
        }
        if (v instanceof Value.Text t) {
            return jsonata.templateExpression(t.template());
        }
        if (v instanceof Value.Seq seq) {
            return seq.items().stream().map(this::valueExpression).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return ((Value.Mapping) v).entries().stream().map(e -> Jsonata.string(e.key()) + ": " + valueExpression(e.value()))
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private static ObjectNode state(String type, SourcePos pos, String what) {
        ObjectNode state = JSON.createObjectNode();
        state.put("Type", type);
        state.put("Comment", pos + ": " + what);
        return state;
    }

    private static String describe(Step step) {
        return StepFacts.describe(step);
    }

    private static long seconds(Duration d) {
        return StepFacts.seconds(d);
    }
}
