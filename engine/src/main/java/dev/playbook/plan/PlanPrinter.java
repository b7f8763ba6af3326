package dev.playbook.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.ExpressionError;
import dev.playbook.expr.Scope;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Durations;
import dev.playbook.model.Expression;
import dev.playbook.model.Input;
import dev.playbook.model.ManualStep;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.StepVisitor;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.TerminalText;
import dev.playbook.model.Value;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import dev.playbook.run.ScopeBuilder;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints what a run would do: phases with budgets, each step with its action and parameters.
 * Templates over inputs and vars are resolved; those reading step results or the clock are
 * shown as written, since they are only known during the run.
 */
public final class PlanPrinter {

    private static final Set<String> STATIC_ROOTS = Set.of("inputs", "vars");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Playbook playbook;
    private final Scope scope;
    private final PrintWriter out;

    /** A printer whose scope shows secret inputs as {@code <secret:name>}, never their values. */
    public static PlanPrinter masked(Playbook playbook, Map<String, Object> inputs, PrintWriter out) {
        Map<String, Object> shown = new LinkedHashMap<>(inputs);
        for (Input input : playbook.inputs().values()) {
            if (input.secret()) {
                shown.put(input.name(), "<secret:" + input.name() + ">");
            }
        }
        Scope scope = ScopeBuilder.initial(playbook, shown, new dev.playbook.expr.TimeFunctions(java.time.Instant::now));
        return new PlanPrinter(playbook, scope, out);
    }

    public PlanPrinter(Playbook playbook, Scope scope, PrintWriter out) {
        this.playbook = playbook;
        this.scope = scope;
        this.out = out;
    }

    /** Titles, values and instructions come from the playbook and its inputs: shown through the terminal sanitizer. */
    private void println(String text) {
        out.println(TerminalText.lines(text));
    }

    private void println() {
        out.println();
    }

    public void print(Map<String, Object> inputs) {
        var meta = playbook.metadata();
        println(meta.name() + (meta.version() == null ? "" : " " + meta.version())
                + (meta.title() == null ? "" : " — " + meta.title()));
        List<String> facts = new ArrayList<>();
        if (playbook.objectives() != null && playbook.objectives().rto() != null) {
            facts.add("RTO " + Durations.format(playbook.objectives().rto()));
        }
        if (playbook.objectives() != null && playbook.objectives().rpo() != null) {
            facts.add("RPO " + Durations.format(playbook.objectives().rpo()));
        }
        if (meta.severity() != null) {
            facts.add("severity " + meta.severity());
        }
        if (!meta.owners().isEmpty()) {
            facts.add("owners " + String.join(", ", meta.owners()));
        }
        if (!facts.isEmpty()) {
            println(String.join(" · ", facts));
        }
        printInputs(inputs);
        int number = 0;
        for (Phase phase : playbook.phases()) {
            println();
            println("phase " + phase.id() + (phase.title() == null ? "" : " — " + phase.title())
                    + (phase.budget() == null ? "" : " · budget " + Durations.format(phase.budget())));
            for (Step step : phase.steps()) {
                number++;
                printStep(step, number + ".", "  ");
            }
        }
        if (!playbook.rollback().isEmpty()) {
            println();
            println("rollback (when a step with on_failure: rollback fails)");
            int r = 0;
            for (Step step : playbook.rollback()) {
                r++;
                printStep(step, "R" + r + ".", "  ");
            }
        }
        println();
        println(totals());
        out.flush();
    }

    private void printInputs(Map<String, Object> inputs) {
        if (playbook.inputs().isEmpty()) {
            return;
        }
        println();
        println("inputs");
        for (Input input : playbook.inputs().values()) {
            Object value = inputs.get(input.name());
            String shown = input.secret() ? (value == null ? "<secret, not given>" : "<secret>")
                    : value == null ? "<not given>" : ExpressionEngine.text(value instanceof Duration d ? Durations.format(d) : value);
            println("  " + input.name() + " = " + shown);
        }
    }

    private void printStep(Step step, String number, String indent) {
        String head = indent + number + " " + step.id() + "  " + describeKind(step);
        String title = step.common().title() == null ? null : String.valueOf(resolved(step.common().title()));
        println(head + (title == null ? "" : " — " + title));
        String more = indent + " ".repeat(number.length() + 1);
        if (step.common().when() != null) {
            println(more + "when: " + step.common().when().source());
        }
        if (step.common().region() != null) {
            println(more + "region: " + resolved(step.common().region()));
        } else if (Steps.call(step) != null && Steps.call(step).action() != null && Steps.call(step).action().startsWith("aws.")
                && playbook.defaults().region() != null) {
            println(more + "region: " + resolved(playbook.defaults().region()));
        }
        ActionCall call = Steps.call(step);
        if (call != null && call.with() != null) {
            println(more + "with: " + json(resolvedTree(call.with())));
        }
        step.accept(new StepVisitor<Void>() {
            @Override
            public Void action(ActionStep action) {
                if (action.expect() != null) {
                    println(more + "expect: " + action.expect().source());
                }
                return null;
            }

            @Override
            public Void waitFor(WaitStep wait) {
                println(more + "until: " + (wait.until() == null ? "?" : wait.until().source()));
                println(more + "every " + fmt(wait.every()) + (wait.timeout() == null ? "" : ", timeout " + fmt(wait.timeout())));
                return null;
            }

            @Override
            public Void verify(VerifyStep verify) {
                verify.checks().forEach(c -> println(more + "check: " + (c.title() == null ? "" : c.title() + ": ") + c.that().source()));
                return null;
            }

            @Override
            public Void manual(ManualStep manual) {
                println(more + "» " + resolved(manual.instructions()));
                return null;
            }

            @Override
            public Void parallel(ParallelStep parallel) {
                char branch = 'a';
                for (Step b : parallel.branches()) {
                    printStep(b, branch + ".", more);
                    branch++;
                }
                return null;
            }
        });
        if (step.common().timeout() != null) {
            println(more + "timeout: " + fmt(step.common().timeout()));
        }
        if (step.common().onFailure() != null) {
            println(more + "on_failure: " + step.common().onFailure().yamlName());
        }
    }

    /** The headline's kind: {@code action aws.rds.promoteReadReplica}, {@code wait http.get}, {@code verify}. */
    private static String describeKind(Step step) {
        return step.accept(new StepVisitor<String>() {
            @Override
            public String action(ActionStep action) {
                return action.call() == null ? action.kind() : "action " + action.call().action();
            }

            @Override
            public String waitFor(WaitStep wait) {
                return "wait " + (wait.call() == null ? "" : wait.call().action());
            }

            @Override
            public String verify(VerifyStep verify) {
                return verify.kind();
            }

            @Override
            public String manual(ManualStep manual) {
                return manual.kind();
            }

            @Override
            public String parallel(ParallelStep parallel) {
                return parallel.kind();
            }
        });
    }

    private String totals() {
        Duration budget = playbook.phases().stream().map(Phase::budget).filter(b -> b != null).reduce(Duration.ZERO, Duration::plus);
        int steps = (int) playbook.phases().stream().mapToLong(p -> Steps.flatten(p.steps()).size()).sum();
        String text = playbook.phases().size() + " phases, " + steps + " steps, budgets total " + Durations.format(budget);
        if (playbook.objectives() != null && playbook.objectives().rto() != null) {
            text += " of RTO " + Durations.format(playbook.objectives().rto());
        }
        return text;
    }

    private Object resolved(Template template) {
        if (!resolvable(template.expressions())) {
            return template.raw();
        }
        try {
            return ScopeBuilder.render(template, scope);
        } catch (ExpressionError e) {
            return template.raw();
        }
    }

    private Object resolvedTree(Value value) {
        if (value instanceof Value.Text text) {
            return resolved(text.template());
        }
        if (value instanceof Value.Seq seq) {
            return seq.items().stream().map(this::resolvedTree).toList();
        }
        if (value instanceof Value.Mapping mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            mapping.entries().forEach(e -> out.put(e.key(), resolvedTree(e.value())));
            return out;
        }
        return ((Value.Scalar) value).value();
    }

    private static boolean resolvable(List<Expression> expressions) {
        for (Expression e : expressions) {
            if (e.source().contains("time:")) {
                return false;
            }
            for (List<String> path : ExpressionEngine.get().variables(e)) {
                if (path.isEmpty() || !STATIC_ROOTS.contains(path.get(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String fmt(Duration d) {
        return d == null ? "?" : Durations.format(d);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
