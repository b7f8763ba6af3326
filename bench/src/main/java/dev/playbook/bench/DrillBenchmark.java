package dev.playbook.bench;

import dev.playbook.cli.Main;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code playbook drill playbooks/regional-failover.yaml --runs 100} inside one JVM (lint,
 * scenario and 100 simulated four-hour failovers on every core), and one drill alone: the
 * wall-time check that used to live in DrillsTest. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class DrillBenchmark {

    private static final String PLAYBOOK = "playbooks/regional-failover.yaml";

    @Setup
    public void findThePlaybook() {
        if (!Files.isRegularFile(Path.of(PLAYBOOK))) {
            throw new IllegalStateException("run the benchmarks from the repository root: no " + PLAYBOOK);
        }
    }

    private static int drill(String... more) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        String[] args = new String[3 + more.length];
        args[0] = "drill";
        args[1] = PLAYBOOK;
        args[2] = "--seed=1";
        System.arraycopy(more, 0, args, 3, more.length);
        int code = Main.run(args, nowhere, nowhere);
        if (code != 0) {
            throw new IllegalStateException("drill exited " + code);
        }
        return code;
    }

    @Benchmark
    public int regionalFailoverOnce() {
        return drill();
    }

    @Benchmark
    public int regionalFailoverRuns100() {
        return drill("--runs", "100");
    }
}
