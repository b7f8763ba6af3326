package dev.playbook.bench;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionProvider;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.Signature;
import dev.playbook.model.Playbook;
import dev.playbook.run.RunResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One wait step that polls {@value #POLLS} times on the virtual clock (every 10 s of simulated
 * time, a read-only action counting its calls) before its condition holds; the figure is per poll.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WaitPollBenchmark {

    static final int POLLS = 1000;

    private Playbook playbook;

    /** {@code bench.count}: how often this run has called it. */
    private static final class Counter implements ActionProvider {
        private final AtomicLong calls = new AtomicLong();

        @Override
        public Collection<String> names() {
            return List.of("bench.count");
        }

        @Override
        public Optional<Action> find(String name) {
            return name.equals("bench.count") ? Optional.of(new Action() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Signature signature() {
                    return new Signature("counts its calls", List.of(), true, null);
                }

                @Override
                public boolean readOnly() {
                    return true;
                }

                @Override
                public Object call(ActionContext context, Map<String, Object> params) {
                    return Map.of("count", calls.incrementAndGet());
                }
            }) : Optional.empty();
        }
    }

    @Setup
    public void load() {
        playbook = Playbooks.load("""
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: bench-wait}
                phases:
                  - id: main
                    steps:
                      - id: wait
                        wait:
                          action: bench.count
                          until: "result.count >= %d"
                          every: 10s
                          max_every: 10s
                          timeout: 1000h
                """.formatted(POLLS));
    }

    @Benchmark
    @OperationsPerInvocation(POLLS)
    public RunResult pollUntilTheConditionHolds() {
        return Playbooks.run(playbook, new ActionRegistry(List.of(new Counter())));
    }
}
