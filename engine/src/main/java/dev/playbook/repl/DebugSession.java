package dev.playbook.repl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.action.Action;
import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Suggest;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Durations;
import dev.playbook.model.Expression;
import dev.playbook.model.ManualStep;
import dev.playbook.model.OnFailure;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.run.Approver;
import dev.playbook.run.Controller;
import dev.playbook.run.EventJson;
import dev.playbook.run.EventSink;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunEvent;
import dev.playbook.run.ScopeBuilder;
import dev.playbook.run.StepRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step-through debugger: the executor's {@link Controller} (it asks before each step and
 * after each failure), its {@link Approver} for manual steps, and an {@link EventSink} that
 * remembers what happened for {@code info} and {@code journal}.
 */
public final class DebugSession implements Controller, Approver, EventSink {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern SET = Pattern.compile("(inputs|vars)\\.([a-z][a-z0-9_]*)\\s*=\\s*(.+)");

    private ReplIO io;
    private final ActionRegistry registry;
    private final Redactor redactor;
    private final String operator;
    private final boolean confirmChanges;
    private Executor executor;
    private final Set<String> breakpoints = ConcurrentHashMap.newKeySet();
    private final Set<String> oneShot = ConcurrentHashMap.newKeySet();
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();
    private final Map<String, RunEvent.ActionResolved> resolved = new ConcurrentHashMap<>();
    private volatile boolean continuing;
    private Step next;
    private Phase phase;

    /**
     * @param operator who is at the keyboard, recorded with approvals, jumps and changes
     * @param confirmChanges ask before each mutating call (off in drills, where nothing real changes)
     */
    public DebugSession(ActionRegistry registry, Redactor redactor, String operator, boolean confirmChanges) {
        this.operator = operator;
        this.confirmChanges = confirmChanges;
        this.registry = registry;
        this.redactor = redactor;
    }

    /** The executor this session drives and where it talks; set once, before the run starts. */
    public void attach(Executor executor, ReplIO io) {
        this.executor = executor;
        this.io = io;
    }

    public Step nextStep() {
        return next;
    }

    public Executor executor() {
        return executor;
    }

    @Override
    public void accept(RunEvent event) {
        events.add(event);
        if (event instanceof RunEvent.ActionResolved r) {
            resolved.put(r.step(), r);
        }
    }

    @Override
    public Controller.Decision before(Step step, Phase stepPhase) {
        next = step;
        phase = stepPhase;
        boolean atBreakpoint = breakpoints.contains(step.id()) || oneShot.remove(step.id());
        if (continuing && !atBreakpoint) {
            return confirmed(step, Controller.Decision.RUN);
        }
        continuing = false;
        if (atBreakpoint) {
            io.println("breakpoint: " + step.id());
        }
        while (true) {
            String line = read(prompt("▶ " + step.id()));
            if (line == null) {
                return Controller.Decision.ABORT;
            }
            Controller.Decision decision = beforeCommand(line.strip(), step);
            if (decision != null) {
                decision = confirmed(step, decision);
                if (decision != null) {
                    return decision;
                }
            }
        }
    }

    private Controller.Decision beforeCommand(String line, Step step) {
        if (line.isEmpty()) {
            return null;
        }
        String[] words = line.split("\\s+", 2);
        String argument = words.length > 1 ? words[1].strip() : "";
        Optional<Command> command = Command.parse(words[0]);
        if (command.isEmpty()) {
            unknown(words[0]);
            return null;
        }
        switch (command.get()) {
            case NEXT:
                return Controller.Decision.RUN;
            case STEP:
                return Steps.is(step, ParallelStep.class) ? Controller.Decision.STEP_INTO : Controller.Decision.RUN;
            case CONTINUE:
                continuing = true;
                return Controller.Decision.RUN;
            case SKIP:
                return Controller.Decision.SKIP;
            case RETRY:
                io.println("nothing has failed; `next` runs " + step.id());
                return null;
            case JUMP:
                return jump(argument);
            case QUIT:
                return yes("Quit? The run stops here, before " + step.id() + ".") ? Controller.Decision.ABORT : null;
            default:
                inspect(command.get(), argument);
                return null;
        }
    }

    @Override
    public AfterFailure afterFailure(Step step, StepRecord record) {
        if (continuing && tolerated(step)) {
            return AfterFailure.FOLLOW_POLICY;
        }
        continuing = false;
        io.println("step " + step.id() + " failed: " + redactor.redact(record.errorMessage()));
        io.println("  retry, skip (go on past it), next (apply on_failure), or quit");
        while (true) {
            String line = read(prompt("✗ " + step.id()));
            if (line == null) {
                return AfterFailure.ABORT;
            }
            String[] words = line.strip().split("\\s+", 2);
            if (words[0].isEmpty()) {
                continue;
            }
            Optional<Command> command = Command.parse(words[0]);
            if (command.isEmpty()) {
                unknown(words[0]);
                continue;
            }
            switch (command.get()) {
                case RETRY:
                    return AfterFailure.RETRY;
                case SKIP:
                    return AfterFailure.IGNORE;
                case CONTINUE:
                    continuing = true;
                    return AfterFailure.FOLLOW_POLICY;
                case NEXT:
                case STEP:
                    return AfterFailure.FOLLOW_POLICY;
                case QUIT:
                    if (yes("Quit? The run stops here.")) {
                        return AfterFailure.ABORT;
                    }
                    break;
                case JUMP:
                    io.println("jump from the next step's prompt: first retry, skip or next");
                    break;
                default:
                    inspect(command.get(), words.length > 1 ? words[1].strip() : "");
            }
        }
    }

    /** A failure the playbook itself lets pass ({@code on_failure: continue}) does not stop `continue`. */
    private boolean tolerated(Step step) {
        OnFailure policy = step.common().onFailure() != null ? step.common().onFailure() : executor.playbook().defaults().onFailure();
        return policy == OnFailure.CONTINUE;
    }

    @Override
    public Approver.Decision decide(ManualStep step, String instructions) {
        io.println("MANUAL " + step.id() + ":");
        instructions.strip().lines().forEach(l -> io.println("  │ " + l));
        while (true) {
            String answer = read("Done? [y]es, [n]o (fail the step), [a]bort the run: ");
            if (answer == null) {
                return Approver.Decision.abortedBy(operator, "end of input");
            }
            switch (answer.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "y", "yes" -> {
                    return Approver.Decision.approvedBy(operator, "confirmed in the debugger");
                }
                case "n", "no" -> {
                    return Approver.Decision.refused("the operator answered no");
                }
                case "a", "abort" -> {
                    return Approver.Decision.abortedBy(operator, "aborted in the debugger");
                }
                default -> io.println("Please answer y, n or a.");
            }
        }
    }

    /** Before a mutating call the operator sees exactly what will be sent, and says yes. */
    private Controller.Decision confirmed(Step step, Controller.Decision decision) {
        ActionStep a = Steps.as(step, ActionStep.class).orElse(null);
        if (!confirmChanges || decision.next() != Next.RUN || a == null) {
            return decision;
        }
        Optional<Action> action = registry.find(a.call().action());
        if (action.isEmpty() || action.get().readOnly()) {
            return decision;
        }
        String call;
        try {
            Object params = a.call().with() == null ? Map.of() : ScopeBuilder.resolve(a.call().with(), executor.scope());
            call = a.call().action() + " " + ExpressionEngine.text(redactor.redactTree(params));
        } catch (ExpressionError e) {
            call = a.call().action() + " (parameters cannot be resolved yet: " + e.getMessage() + ")";
        }
        io.println("about to change something: " + call);
        if (yes("Run it?")) {
            return decision;
        }
        continuing = false;
        return null;
    }

    private Controller.Decision jump(String target) {
        List<String> ids = new ArrayList<>();
        executor.playbook().phases().forEach(p -> {
            ids.add(p.id());
            Steps.flatten(p.steps()).forEach(s -> ids.add(s.id()));
        });
        if (!ids.contains(target)) {
            io.println("no step or phase `" + target + "`" + Suggest.didYouMean(target, ids));
            return null;
        }
        if (!yes("Jump to " + target + "? The steps in between are not run.")) {
            return null;
        }
        executor.note(next.id(), operator + " jumped to " + target);
        return Controller.Decision.jump(target);
    }

    private void inspect(Command command, String argument) {
        switch (command) {
            case PRINT -> print(argument);
            case SET -> set(argument);
            case LIST -> new PlanListing(executor, next).lines().forEach(io::println);
            case INFO -> info(argument.isEmpty() && next != null ? next.id() : argument);
            case JOURNAL -> journal(argument);
            case HELP -> help(argument);
            case BREAK, TBREAK -> breakpoint(command, argument);
            case DELETE -> delete(argument);
            default -> io.println(command.word() + " is not available here");
        }
    }

    private void print(String expression) {
        if (expression.isEmpty()) {
            io.println("usage: print EXPR, e.g. print steps." + (next == null ? "x" : next.id()) + ".status");
            return;
        }
        try {
            Object value = ExpressionEngine.get().evaluate(new Expression(expression, SourcePos.of("<debug>")), executor.scope());
            io.println(pretty(redactor.redactTree(value)));
        } catch (ExpressionError e) {
            io.println("error: " + e.getMessage());
        }
    }

    private void set(String argument) {
        Matcher m = SET.matcher(argument);
        if (!m.matches()) {
            io.println("usage: set inputs.NAME = EXPR  or  set vars.NAME = EXPR");
            return;
        }
        if (m.group(1).equals("inputs") && !executor.playbook().inputs().containsKey(m.group(2))) {
            io.println("no input `" + m.group(2) + "`" + Suggest.didYouMean(m.group(2), executor.playbook().inputs().keySet()));
            return;
        }
        try {
            Object value = ExpressionEngine.get().evaluate(new Expression(m.group(3), SourcePos.of("<debug>")), executor.scope());
            executor.set(m.group(1), m.group(2), value);
            executor.note(next == null ? null : next.id(), operator + " set " + m.group(1) + "." + m.group(2));
            io.println(m.group(1) + "." + m.group(2) + " = " + pretty(redactor.redactTree(value)));
        } catch (ExpressionError e) {
            io.println("error: " + e.getMessage());
        }
    }

    private void info(String stepId) {
        Optional<Step> step = executor.playbook().step(stepId);
        if (step.isEmpty()) {
            io.println("no step `" + stepId + "`" + Suggest.didYouMean(stepId,
                    executor.playbook().allSteps().stream().map(Step::id).toList()));
            return;
        }
        io.println(stepId + " (" + step.get().kind() + ")");
        RunEvent.ActionResolved call = resolved.get(stepId);
        if (call != null) {
            io.println("  action: " + call.action() + (call.region() == null ? "" : " @" + call.region()));
            io.println("  parameters: " + ExpressionEngine.text(call.params()));
        }
        StepRecord record = executor.record(stepId);
        if (record == null) {
            io.println("  not run yet");
            return;
        }
        io.println("  status: " + record.status().label() + ", attempts: " + record.attempts()
                + ", duration: " + Durations.format(record.duration()));
        if (record.errorMessage() != null) {
            io.println("  " + (record.errorCode() == null ? "note" : "error " + record.errorCode()) + ": " + redactor.redact(record.errorMessage()));
        }
        if (record.result() != null) {
            io.println("  result: " + pretty(redactor.redactTree(record.result())).replace("\n", "\n  "));
        }
    }

    private void journal(String argument) {
        int count;
        try {
            count = argument.isEmpty() ? 10 : Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            io.println("usage: journal [N]");
            return;
        }
        List<RunEvent> all = new ArrayList<>(events);
        all.subList(Math.max(0, all.size() - count), all.size()).forEach(e -> io.println(EventJson.line(e)));
    }

    private void help(String argument) {
        if (!argument.isEmpty()) {
            Optional<Command> command = Command.parse(argument);
            io.println(command.map(c -> c.usage() + "\n  " + c.help()).orElse("no command `" + argument + "`"
                    + Suggest.didYouMean(argument, Command.words())));
            return;
        }
        for (Command c : Command.values()) {
            io.println(String.format("  %-28s %s", c.usage(), c.help()));
        }
    }

    private void breakpoint(Command command, String stepId) {
        if (executor.playbook().step(stepId).isEmpty()) {
            io.println("no step `" + stepId + "`" + Suggest.didYouMean(stepId,
                    executor.playbook().allSteps().stream().map(Step::id).toList()));
            return;
        }
        (command == Command.BREAK ? breakpoints : oneShot).add(stepId);
        io.println((command == Command.BREAK ? "breakpoint" : "one-time breakpoint") + " before " + stepId);
    }

    private void delete(String stepId) {
        if (stepId.isEmpty()) {
            Set<String> all = new HashSet<>(breakpoints);
            all.addAll(oneShot);
            breakpoints.clear();
            oneShot.clear();
            io.println("deleted " + all.size() + (all.size() == 1 ? " breakpoint" : " breakpoints"));
            return;
        }
        boolean removed = breakpoints.remove(stepId) | oneShot.remove(stepId);
        io.println(removed ? "deleted breakpoint before " + stepId : "no breakpoint before " + stepId);
    }

    private void unknown(String word) {
        io.println("unknown command `" + word + "`" + Suggest.didYouMean(word, Command.words()) + "; `help` lists the commands");
    }

    private boolean yes(String question) {
        String answer = read(question + " [y/N] ");
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    private String read(String prompt) {
        while (true) {
            try {
                return io.readLine(prompt);
            } catch (ReplIO.Interrupted e) {
                io.println("(Ctrl-C: line dropped; `quit` or Ctrl-D to stop)");
            }
        }
    }

    private String prompt(String where) {
        StringBuilder out = new StringBuilder("[");
        if (phase != null) {
            out.append(phase.id()).append(' ');
        }
        out.append(where).append("] ").append(clock(executor.elapsed()));
        if (phase != null && phase.budget() != null) {
            Duration spent = executor.phaseElapsed(phase).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            out.append(" phase ").append(Durations.format(spent)).append('/').append(Durations.format(phase.budget()));
        }
        return out.append("> ").toString();
    }

    private static String clock(Duration d) {
        long s = d.getSeconds();
        return String.format("T+%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private static String pretty(Object value) {
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

}
