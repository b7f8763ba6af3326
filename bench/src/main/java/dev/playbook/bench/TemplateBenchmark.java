package dev.playbook.bench;

import dev.playbook.expr.ExpressionEngine;
import dev.playbook.expr.TimeFunctions;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Playbook;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import dev.playbook.run.ScopeBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one template whose expressions were compiled at load (the cache a run reads from):
 * two interpolations over inputs and vars, as a typical {@code with:} value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateBenchmark {

    private Template template;
    private dev.playbook.expr.Scope scope;

    @Setup
    public void load() {
        Playbook playbook = Playbooks.load("""
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: bench-template}
                inputs:
                  region: {type: string, default: us-west-2}
                vars:
                  db: "portal-${inputs.region}"
                phases:
                  - id: main
                    steps:
                      - {id: s, action: log, with: {message: "promote ${vars.db} in ${inputs.region}"}}
                """);
        ActionStep step = (ActionStep) playbook.phases().get(0).steps().get(0);
        template = ((Value.Text) step.call().with().entries().get(0).value()).template();
        Instant now = Instant.parse("2026-01-05T02:00:00Z");
        scope = ScopeBuilder.initial(playbook, Map.of("region", "us-west-2"), new TimeFunctions(() -> now));
    }

    @Benchmark
    public Object renderCompiled() {
        return ExpressionEngine.get().render(template, scope);
    }
}
