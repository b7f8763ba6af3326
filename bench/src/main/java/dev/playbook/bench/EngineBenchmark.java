package dev.playbook.bench;

import dev.playbook.action.ActionRegistry;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.model.Playbook;
import dev.playbook.run.RunResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole run of N no-op ({@code log}) steps on the virtual clock, events dropped. The marginal
 * cost per step is the slope between sizes, {@code (t(40000) - t(2000)) / 38000}; a linear
 * engine has the same per-step figure at every size (bench/compare.sh prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class EngineBenchmark {

    @Param({"2000", "20000", "40000"})
    int steps;

    private Playbook playbook;
    private ActionRegistry registry;

    @Setup
    public void load() {
        playbook = Playbooks.logSteps(steps);
        registry = new ActionRegistry(List.of(new BuiltinProvider()));
    }

    @Benchmark
    public RunResult runLogSteps() {
        return Playbooks.run(playbook, registry);
    }
}
