package dev.playbook.run;

import dev.playbook.action.Action;
import dev.playbook.action.ActionException;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.Param;
import dev.playbook.action.ShellTemplate;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.expr.Scope;
import dev.playbook.expr.TimeFunctions;
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
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.ThrowingStepVisitor;
import dev.playbook.model.Value;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Walks a playbook: phases in order, steps in order, each step by its kind. Every state change
 * is an event sent to the sink; the executor itself prints nothing.
 */
public final class Executor {

    private static final double WAIT_GROWTH = 1.5;

    private final Playbook playbook;
    private final ActionRegistry registry;
    private final Clock clock;
    private final EventSink sink;
    private final Approver approver;
    private final Controller controller;
    private final RunOptions options;
    private final Backoff backoff;
    private final Redactor redactor;
    private final Map<String, StepRecord> records = new ConcurrentHashMap<>();
    private final FinishedSteps finished = new FinishedSteps();
    private final List<StepRecord> finishedOrder = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Boolean> budgetReported = new ConcurrentHashMap<>();
    private final Map<String, Instant> phaseStarts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean rtoReported = new java.util.concurrent.atomic.AtomicBoolean();
    private Map<String, Object> inputs;
    private Map<String, Object> vars;
    private Instant started;
    private String startedText;

    public Executor(Playbook playbook, ActionRegistry registry, Clock clock, EventSink sink, Approver approver,
                    RunOptions options, Redactor redactor) {
        this(playbook, registry, clock, sink, approver, options, redactor, Controller.AUTOMATIC);
    }

    public Executor(Playbook playbook, ActionRegistry registry, Clock clock, EventSink sink, Approver approver,
                    RunOptions options, Redactor redactor, Controller controller) {
        this.controller = controller;
        this.playbook = playbook;
        this.registry = registry;
        this.clock = clock;
        this.sink = redactor.redacting(sink);
        this.approver = approver;
        this.options = options;
        this.backoff = new Backoff(options.seed());
        this.redactor = redactor;
    }

    public RunResult run(Map<String, Object> boundInputs) {
        clock.enter();
        try {
            return runPhases(boundInputs);
        } finally {
            clock.exit();
        }
    }

    private RunResult runPhases(Map<String, Object> boundInputs) {
        Instant now = clock.now();
        Resumed resumed = options.resumed();
        started = resumed == null ? now : resumed.started();
        startedText = started.toString();
        Duration rto = playbook.objectives() == null ? null : playbook.objectives().rto();
        Duration rpo = playbook.objectives() == null ? null : playbook.objectives().rpo();
        Provenance by = options.provenance();
        sink.accept(new RunEvent.RunStarted(now, options.runId(), playbook.metadata().name(), playbook.file(),
                shownInputs(boundInputs), rto, rpo, options.simulated(), options.environment(), by.user(), by.host(), by.contentHash()));
        if (resumed != null) {
            sink.accept(new RunEvent.RunResumed(now, options.runId(), List.copyOf(new java.util.TreeSet<>(options.restored().keySet())),
                    started, by.user(), by.host(), by.contentHash()));
            resumed.decisions().forEach(d -> sink.accept(new RunEvent.Decided(now, d.step(), d.what(), by.user(), d.how())));
        }
        try {
            Scope initial = ScopeBuilder.initial(playbook, boundInputs, new TimeFunctions(clock::now));
            inputs = castMap(initial.get("inputs"));
            vars = castMap(initial.get("vars"));
        } catch (ExpressionError e) {
            return finish(RunStatus.FAILED, null, "cannot compute vars: " + e.getMessage() + " at " + e.pos());
        }
        if (resumed != null && resumed.rollbackCause() != null) {
            rollback(resumed.rollbackCause());
            return finish(RunStatus.ROLLED_BACK, null, resumed.rollbackCause());
        }
        List<Slot> slots = slots();
        Phase current = null;
        Instant phaseStart = started;
        boolean reachedStart = options.startAt() == null;
        int index = 0;
        while (index < slots.size()) {
            Slot slot = slots.get(index);
            if (slot.phase() != current) {
                if (current != null) {
                    phaseFinished(current, phaseStart, true);
                }
                current = slot.phase();
                Instant before = resumed == null ? null : resumed.phaseStarts().get(current.id());
                phaseStart = before != null ? before : clock.now();
                phaseStarts.put(current.id(), phaseStart);
                if (!finishedBeforeResume(current)) {
                    sink.accept(new RunEvent.PhaseStarted(clock.now(), current.id(), current.title(), current.budget()));
                }
            }
            Step step = slot.step();
            if (!reachedStart) {
                reachedStart = startsAt(step);
                if (!reachedStart) {
                    skip(step, current, "before --start-at " + options.startAt());
                    index++;
                    continue;
                }
            }
            try {
                Controller.Decision decision = controller.before(step, current);
                if (decision.next() == Controller.Next.ABORT) {
                    phaseFinished(current, phaseStart, false);
                    return finish(RunStatus.ABORTED, step.id(), "aborted by the operator before `" + step.id() + "`");
                }
                if (decision.next() == Controller.Next.SKIP) {
                    skip(step, current, "skipped by the operator");
                    index++;
                    continue;
                }
                if (decision.next() == Controller.Next.JUMP) {
                    index = indexOf(slots, decision.jumpTo());
                    continue;
                }
                StepRecord record = runStep(step, current, decision.next() == Controller.Next.STEP_INTO);
                while (record.status() == StepStatus.FAILED) {
                    Controller.AfterFailure after = controller.afterFailure(step, record);
                    if (after == Controller.AfterFailure.RETRY) {
                        record = runStep(step, current, false);
                        continue;
                    }
                    if (after == Controller.AfterFailure.ABORT) {
                        phaseFinished(current, phaseStart, false);
                        return finish(RunStatus.ABORTED, step.id(), "aborted by the operator after `" + step.id() + "` failed");
                    }
                    if (after == Controller.AfterFailure.IGNORE || onFailure(step) == OnFailure.CONTINUE) {
                        break;
                    }
                    phaseFinished(current, phaseStart, false);
                    String reason = "step `" + step.id() + "` failed: " + record.errorMessage();
                    if (onFailure(step) == OnFailure.ROLLBACK) {
                        rollback(reason);
                        return finish(RunStatus.ROLLED_BACK, step.id(), reason);
                    }
                    return finish(RunStatus.FAILED, step.id(), reason);
                }
            } catch (OperatorAbort abort) {
                phaseFinished(current, phaseStart, false);
                return finish(RunStatus.ABORTED, abort.step(), abort.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                phaseFinished(current, phaseStart, false);
                return finish(RunStatus.ABORTED, step.id(), "interrupted");
            }
            index++;
        }
        if (current != null) {
            phaseFinished(current, phaseStart, true);
        }
        return finish(RunStatus.SUCCEEDED, null, null);
    }

    /** A top-level step and its phase: the positions a run moves through. */
    private record Slot(Phase phase, Step step) {
    }

    private List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (Phase phase : playbook.phases()) {
            if (options.phase() == null || options.phase().equals(phase.id())) {
                phase.steps().forEach(step -> out.add(new Slot(phase, step)));
            }
        }
        return out;
    }

    /** The slot of a step or phase id (a parallel branch id selects its block). */
    private static int indexOf(List<Slot> slots, String target) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.phase().id().equals(target) || slot.step().id().equals(target)
                    || slot.step().branches().stream().anyMatch(b -> b.id().equals(target))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no step or phase `" + target + "`");
    }

    private boolean startsAt(Step step) {
        if (step.id().equals(options.startAt())) {
            return true;
        }
        return step.branches().stream().anyMatch(b -> b.id().equals(options.startAt()));
    }

    private OnFailure onFailure(Step step) {
        return OnFailure.effective(step.common(), playbook.defaults());
    }

    private void rollback(String cause) {
        sink.accept(new RunEvent.RollbackStarted(clock.now(), cause));
        for (Step step : playbook.rollback()) {
            try {
                runStep(step, null, false);
            } catch (OperatorAbort abort) {
                return;
            }
        }
    }

    /** A phase a resumed run had finished: its steps are restored, and it is not started, finished or timed again. */
    private boolean finishedBeforeResume(Phase phase) {
        return options.resumed() != null && options.resumed().phasesDone().contains(phase.id());
    }

    private void phaseFinished(Phase phase, Instant phaseStart, boolean ok) {
        if (finishedBeforeResume(phase)) {
            return;
        }
        sink.accept(new RunEvent.PhaseFinished(clock.now(), phase.id(), Duration.between(phaseStart, clock.now()), phase.budget(), ok));
    }

    private RunResult finish(RunStatus status, String failedStep, String reason) {
        Duration elapsed = Duration.between(started, clock.now());
        String shown = redactor.redact(reason);
        Duration rto = playbook.objectives() == null ? null : playbook.objectives().rto();
        sink.accept(new RunEvent.RunFinished(clock.now(), status, elapsed, rto, failedStep, shown));
        return new RunResult(options.runId(), status, elapsed, new ArrayList<>(finishedOrder), failedStep, shown);
    }

    /** Runs one step of any kind; the one place that dispatches on the step kind. */
    StepRecord runStep(Step step, Phase phase, boolean stepInto) {
        StepRecord previous = options.restored().get(step.id());
        if (previous != null) {
            remember(previous);
            return previous;
        }
        Instant stepStart = clock.now();
        Scope scope = scope();
        String title;
        String titleError = null;
        try {
            title = step.common().title() == null ? null : String.valueOf(ScopeBuilder.render(step.common().title(), scope));
        } catch (ExpressionError e) {
            title = step.common().title().raw();
            titleError = "the title could not be computed, so it is shown as written: " + e.getMessage();
        }
        ActionCall call = Steps.call(step);
        sink.accept(new RunEvent.StepStarted(stepStart, step.id(), phase == null ? "rollback" : phase.id(), step.kind(), title,
                call == null ? null : call.action()));
        if (titleError != null) {
            sink.accept(new RunEvent.Said(stepStart, step.id(), "title", redactor.redact(titleError)));
        }
        try {
            if (step.common().when() != null && !ExpressionEngine.get().test(step.common().when(), scope)) {
                return record(step.id(), StepStatus.SKIPPED, null, 0, stepStart, null, "condition `" + step.common().when().source() + "` is false");
            }
            return step.accept(new ThrowingStepVisitor<StepRecord, InterruptedException>() {
                @Override
                public StepRecord action(ActionStep action) throws InterruptedException {
                    return runAction(action, scope, stepStart);
                }

                @Override
                public StepRecord waitFor(WaitStep wait) throws InterruptedException {
                    return runWait(wait, scope, stepStart, phase);
                }

                @Override
                public StepRecord verify(VerifyStep verify) {
                    return runVerify(verify, scope, stepStart);
                }

                @Override
                public StepRecord manual(ManualStep manual) throws InterruptedException {
                    return runManual(manual, scope, stepStart);
                }

                @Override
                public StepRecord parallel(ParallelStep parallel) throws InterruptedException {
                    return runParallel(parallel, stepStart, phase, stepInto);
                }
            });
        } catch (ExpressionError e) {
            return record(step.id(), StepStatus.FAILED, null, 0, stepStart, "ExpressionError", e.getMessage() + " (" + e.pos() + ")");
        } catch (InterruptedException e) {
            // The step was cancelled (Ctrl-C in the REPL); the controller decides what follows, so
            // the interrupt is consumed here rather than aborting everything after it.
            return record(step.id(), StepStatus.FAILED, null, 0, stepStart, "Cancelled", "cancelled by the operator");
        } finally {
            if (phase != null) {
                checkBudget(phase);
            }
        }
    }

    private StepRecord runAction(ActionStep step, Scope scope, Instant stepStart) throws InterruptedException {
        Action action = registry.find(step.call().action()).orElse(null);
        if (action == null) {
            return record(step.id(), StepStatus.FAILED, null, 0, stepStart, "UnknownAction", registry.unknownMessage(step.call().action()));
        }
        Map<String, Object> params = params(step.call(), action, scope);
        String region = region(step, scope);
        announceParams(step, params, region);
        Retry retry = effectiveRetry(step);
        Duration timeout = timeout(step);
        String lastCode = null;
        String lastMessage = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            sink.accept(new RunEvent.AttemptStarted(clock.now(), step.id(), attempt));
            StepContext context = new StepContext(options.runId(), step.id(), region, timeout, clock, sink);
            try {
                Object result = callOut(action, context, params, timeout);
                if (step.expect() != null) {
                    Scope withResult = scope.with("result", result);
                    if (!ExpressionEngine.get().test(step.expect(), withResult)) {
                        throw new ActionException("ExpectationFailed", "expect `" + step.expect().source() + "` does not hold: "
                                + Observed.describe(step.expect(), withResult), true);
                    }
                }
                sink.accept(new RunEvent.AttemptFinished(clock.now(), step.id(), attempt, true, null, null, null));
                return record(step.id(), StepStatus.SUCCEEDED, result, attempt, stepStart, null, null);
            } catch (TimeoutException e) {
                lastCode = "Timeout";
                lastMessage = "attempt timed out after " + Durations.format(timeout) + "; the action was cancelled";
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ActionException ae) {
                    lastCode = ae.code();
                    lastMessage = ae.getMessage();
                } else if (cause instanceof InterruptedException) {
                    throw (InterruptedException) cause;
                } else {
                    lastCode = "InternalError";
                    lastMessage = String.valueOf(cause);
                }
            } catch (ActionException e) {
                lastCode = e.code();
                lastMessage = e.getMessage();
            }
            boolean again = attempt < retry.attempts() && retryAllowed(retry, scope, lastCode, lastMessage);
            Duration delay = again ? backoff.delayAfter(attempt, retry) : null;
            sink.accept(new RunEvent.AttemptFinished(clock.now(), step.id(), attempt, false, lastCode, lastMessage, delay));
            if (!again) {
                return record(step.id(), StepStatus.FAILED, null, attempt, stepStart, lastCode, lastMessage);
            }
            clock.sleep(delay);
        }
        return record(step.id(), StepStatus.FAILED, null, retry.attempts(), stepStart, lastCode, lastMessage);
    }

    /**
     * Makes one call of an action. Before a mutating call goes out, what the run has recorded —
     * this step's start and every step finished before it — is made durable, so a crash at any
     * point leaves a journal that shows the call may have happened.
     */
    private Object callOut(Action action, StepContext context, Map<String, Object> params, Duration limit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!action.readOnly()) {
            sink.durable();
        }
        return clock.call(() -> action.call(context, params), limit);
    }

    private boolean retryAllowed(Retry retry, Scope scope, String code, String message) {
        if (retry.retryIf() == null) {
            return true;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return ExpressionEngine.get().test(retry.retryIf(), scope.with("error", error));
    }

    private StepRecord runWait(WaitStep step, Scope scope, Instant stepStart, Phase phase) throws InterruptedException {
        Action action = registry.find(step.call().action()).orElse(null);
        if (action == null) {
            return record(step.id(), StepStatus.FAILED, null, 0, stepStart, "UnknownAction", registry.unknownMessage(step.call().action()));
        }
        Map<String, Object> params = params(step.call(), action, scope);
        String region = region(step, scope);
        announceParams(step, params, region);
        Duration limit = step.timeout() != null ? step.timeout() : timeout(step);
        Instant deadline = limit == null ? null : stepStart.plus(limit);
        Duration interval = step.every();
        Duration maxInterval = step.maxEvery() != null ? step.maxEvery() : step.every().multipliedBy(4);
        String observed = "nothing yet";
        Object last = null;
        for (int poll = 1; ; poll++) {
            Duration remaining = deadline == null ? null : Duration.between(clock.now(), deadline);
            StepContext context = new StepContext(options.runId(), step.id(), region, remaining, clock, sink);
            boolean satisfied = false;
            try {
                last = callOut(action, context, params, remaining);
                Scope withResult = scope.with("result", last);
                satisfied = ExpressionEngine.get().test(step.until(), withResult);
                observed = Observed.describe(step.until(), withResult);
            } catch (TimeoutException e) {
                observed = "the poll itself timed out";
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof InterruptedException) {
                    throw (InterruptedException) cause;
                }
                observed = cause instanceof ActionException ae ? "error " + ae.code() + ": " + ae.getMessage() : String.valueOf(cause);
            } catch (ExpressionError e) {
                observed = e.getMessage();
            }
            Duration elapsed = Duration.between(stepStart, clock.now());
            sink.accept(new RunEvent.Polled(clock.now(), step.id(), poll, satisfied, observed, elapsed, limit));
            if (satisfied) {
                return record(step.id(), StepStatus.SUCCEEDED, last, poll, stepStart, null, null);
            }
            if (phase != null) {
                checkBudget(phase);
            }
            remaining = deadline == null ? null : Duration.between(clock.now(), deadline);
            if (remaining != null && (remaining.isNegative() || remaining.isZero())) {
                return record(step.id(), StepStatus.FAILED, last, poll, stepStart, "WaitTimeout",
                        "gave up after " + Durations.format(limit) + " and " + poll + (poll == 1 ? " poll" : " polls")
                                + ": `" + step.until().source() + "` never held; last observed: " + observed);
            }
            clock.sleep(remaining == null || interval.compareTo(remaining) < 0 ? interval : remaining);
            interval = min(maxInterval, Duration.ofNanos((long) (interval.toNanos() * WAIT_GROWTH)));
        }
    }

    private StepRecord runVerify(VerifyStep step, Scope scope, Instant stepStart) {
        List<String> failed = new ArrayList<>();
        for (Check check : step.checks()) {
            String name = check.title() != null ? check.title() : check.that().source();
            boolean passed;
            String detail;
            try {
                passed = ExpressionEngine.get().test(check.that(), scope);
                detail = Observed.describe(check.that(), scope);
            } catch (ExpressionError e) {
                passed = false;
                detail = e.getMessage();
            }
            sink.accept(new RunEvent.Verified(clock.now(), step.id(), name, passed, detail));
            if (!passed) {
                failed.add(name + " (" + detail + ")");
            }
        }
        if (failed.isEmpty()) {
            return record(step.id(), StepStatus.SUCCEEDED, Map.of("passed", (long) step.checks().size()), 1, stepStart, null, null);
        }
        return record(step.id(), StepStatus.FAILED, Map.of("failed", failed), 1, stepStart, "VerificationFailed",
                failed.size() + " of " + step.checks().size() + " checks failed: " + String.join("; ", failed));
    }

    private StepRecord runManual(ManualStep step, Scope scope, Instant stepStart) throws InterruptedException {
        String instructions = step.instructions() == null ? "" : String.valueOf(ScopeBuilder.render(step.instructions(), scope));
        // The operator reads the instructions with secrets masked, like everything else the run shows.
        Approver.Decision decision = approver.decide(step, redactor.redact(instructions));
        sink.accept(new RunEvent.Approval(clock.now(), step.id(), decision.approved(), decision.who(), decision.note(), instructions));
        if (decision.aborted()) {
            record(step.id(), StepStatus.FAILED, null, 1, stepStart, "Aborted", "aborted by " + decision.who());
            throw new OperatorAbort(step.id(), "aborted by " + decision.who() + " at manual step `" + step.id() + "`");
        }
        if (!decision.approved()) {
            return record(step.id(), StepStatus.FAILED, null, 1, stepStart, "NotApproved", decision.note());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("approved", true);
        result.put("by", decision.who());
        result.put("note", decision.note());
        return record(step.id(), StepStatus.SUCCEEDED, result, 1, stepStart, null, null);
    }

    private StepRecord runParallel(ParallelStep step, Instant stepStart, Phase phase, boolean stepInto) throws InterruptedException {
        List<Clock.Outcome<StepRecord>> outcomes;
        if (stepInto) {
            outcomes = branchesOneByOne(step, phase);
        } else {
            List<Callable<StepRecord>> branches = new ArrayList<>();
            for (Step branch : step.branches()) {
                branches.add(() -> runStep(branch, phase, false));
            }
            outcomes = clock.all(branches);
        }
        Map<String, Object> results = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        OperatorAbort abort = null;
        for (int i = 0; i < outcomes.size(); i++) {
            Step branch = step.branches().get(i);
            Clock.Outcome<StepRecord> outcome = outcomes.get(i);
            if (outcome.error() instanceof OperatorAbort a) {
                abort = a;
                continue;
            }
            StepRecord r = outcome.value();
            if (r == null) {
                failures.add(branch.id() + ": " + outcome.error());
                continue;
            }
            results.put(branch.id(), r.result());
            if (r.status() == StepStatus.FAILED && onFailure(branch) != OnFailure.CONTINUE) {
                failures.add(branch.id() + ": " + r.errorMessage());
            }
        }
        if (abort != null) {
            throw abort;
        }
        if (!failures.isEmpty()) {
            return record(step.id(), StepStatus.FAILED, results, 1, stepStart, "BranchFailed",
                    failures.size() + " of " + step.branches().size() + " branches failed: " + String.join("; ", failures));
        }
        return record(step.id(), StepStatus.SUCCEEDED, results, 1, stepStart, null, null);
    }

    /** Stepping into a parallel block runs its branches one at a time, each behind the controller. */
    private List<Clock.Outcome<StepRecord>> branchesOneByOne(ParallelStep step, Phase phase) throws InterruptedException {
        List<Clock.Outcome<StepRecord>> outcomes = new ArrayList<>();
        for (Step branch : step.branches()) {
            Controller.Decision decision = controller.before(branch, phase);
            if (decision.next() == Controller.Next.ABORT) {
                outcomes.add(new Clock.Outcome<>(null, new OperatorAbort(branch.id(), "aborted by the operator before `" + branch.id() + "`")));
            } else if (decision.next() == Controller.Next.SKIP) {
                skip(branch, phase, "skipped by the operator");
                outcomes.add(new Clock.Outcome<>(records.get(branch.id()), null));
            } else {
                outcomes.add(new Clock.Outcome<>(runStep(branch, phase, false), null));
            }
        }
        return outcomes;
    }

    private void skip(Step step, Phase phase, String why) {
        record(step.id(), StepStatus.SKIPPED, null, 0, clock.now(), null, why);
    }

    private StepRecord record(String id, StepStatus status, Object result, int attempts, Instant stepStart, String code, String message) {
        Instant now = clock.now();
        StepRecord record = new StepRecord(id, status, result, attempts, stepStart, now, code, message);
        remember(record);
        sink.accept(new RunEvent.StepFinished(now, id, status, attempts, record.duration(), code, message, result));
        return record;
    }

    private void remember(StepRecord record) {
        records.put(record.id(), record);
        finished.put(record);
        finishedOrder.add(record);
    }

    private void checkBudget(Phase phase) {
        Duration rto = playbook.objectives() == null ? null : playbook.objectives().rto();
        Duration runElapsed = Duration.between(started, clock.now());
        if (rto != null && runElapsed.compareTo(rto) > 0 && rtoReported.compareAndSet(false, true)) {
            sink.accept(new RunEvent.RtoExceeded(clock.now(), rto, runElapsed));
        }
        if (phase.budget() == null) {
            return;
        }
        Instant phaseStart = phaseStarts.getOrDefault(phase.id(), started);
        Duration elapsed = Duration.between(phaseStart, clock.now());
        if (elapsed.compareTo(phase.budget()) > 0 && budgetReported.putIfAbsent(phase.id(), true) == null) {
            sink.accept(new RunEvent.BudgetExceeded(clock.now(), phase.id(), phase.budget(), elapsed));
        }
    }

    /** The scope expressions see now: inputs, vars, finished steps, the run; O(1) in the number of finished steps. */
    public Scope scope() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", options.runId());
        run.put("started", startedText);
        run.put("elapsed", Durations.format(Duration.between(started, clock.now())));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("inputs", inputs);
        variables.put("vars", vars);
        variables.put("steps", finished.view());
        variables.put("run", run);
        return new Scope(variables, new TimeFunctions(clock::now));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> params(ActionCall call, Action action, Scope scope) {
        if (call.with() == null) {
            return Map.of();
        }
        Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) ScopeBuilder.resolve(call.with(), scope));
        for (Param param : action.signature().params()) {
            if (ShellTemplate.PARAM_TYPE.equals(param.type()) && call.with().get(param.name()) instanceof Value.Text text
                    && !text.template().isLiteral()) {
                bindShell(params, param.name(), text.template(), scope);
            }
        }
        return params;
    }

    /** A command line's templates become positional parameters after any `args` given, so no value is shell code. */
    private static void bindShell(Map<String, Object> params, String name, Template template, Scope scope) {
        List<Object> args = new ArrayList<>(params.get("args") instanceof List<?> given ? given : List.of());
        ShellTemplate.Bound bound = ShellTemplate.bind(template,
                e -> ExpressionEngine.text(ExpressionEngine.get().evaluate(e, scope)), args.size() + 1);
        params.put(name, bound.script());
        args.addAll(bound.args());
        params.put("args", args);
    }

    private String region(Step step, Scope scope) {
        Template template = step.common().region() != null ? step.common().region() : playbook.defaults().region();
        return template == null ? null : String.valueOf(ScopeBuilder.render(template, scope));
    }

    private void announceParams(Step step, Map<String, Object> params, String region) {
        ActionCall call = Steps.call(step);
        sink.accept(new RunEvent.ActionResolved(clock.now(), step.id(), call.action(), params, region));
    }

    private Retry effectiveRetry(Step step) {
        return Retry.effective(step.common(), playbook.defaults());
    }

    private Duration timeout(Step step) {
        return step.common().timeout() != null ? step.common().timeout() : playbook.defaults().timeout();
    }

    /** Changes an input or var between steps (the REPL's {@code set}); later templates see the new value. */
    public void set(String root, String name, Object value) {
        if ("inputs".equals(root) && inputs != null) {
            inputs.put(name, value);
        } else if ("vars".equals(root) && vars != null) {
            vars.put(name, value);
        } else {
            throw new IllegalArgumentException("only inputs.<name> and vars.<name> can be set");
        }
    }

    /** Records something the operator did (the REPL's set and jump) in the run's events. */
    public void note(String stepId, String message) {
        sink.accept(new RunEvent.Said(clock.now(), stepId, "operator", message));
    }

    /** The record of a step that has run, or null. */
    public StepRecord record(String stepId) {
        return records.get(stepId);
    }

    public Playbook playbook() {
        return playbook;
    }

    public Duration elapsed() {
        return started == null ? Duration.ZERO : Duration.between(started, clock.now());
    }

    public Duration phaseElapsed(Phase phase) {
        Instant start = phaseStarts.get(phase.id());
        return start == null ? Duration.ZERO : Duration.between(start, clock.now());
    }

    private Map<String, Object> shownInputs(Map<String, Object> bound) {
        Map<String, Object> shown = new LinkedHashMap<>();
        bound.forEach((k, v) -> {
            boolean secret = playbook.inputs().containsKey(k) && playbook.inputs().get(k).secret();
            shown.put(k, secret && v != null ? Redactor.MASK : v instanceof Duration d ? Durations.format(d) : v);
        });
        return shown;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
