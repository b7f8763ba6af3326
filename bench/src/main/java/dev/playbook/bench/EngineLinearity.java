package dev.playbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The engine's linearity in one JVM, for bench/compare.sh: runs of 2,000, 20,000 and 40,000
 * no-op steps (the {@link EngineBenchmark} run), best of several after a warm-up, in wall time
 * and in the CPU time of the thread that ran them. A run on the virtual clock with no parallel
 * block stays on that one thread, so its CPU time is the engine's cost even when other work
 * crowds the machine and stretches the wall time.
 *
 * <p>usage: EngineLinearity [ROUNDS]
 */
public final class EngineLinearity {

    private static final int[] SIZES = {2_000, 20_000, 40_000};

    private EngineLinearity() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[SIZES.length];
        long[] cpu = new long[SIZES.length];
        EngineBenchmark[] runs = new EngineBenchmark[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            runs[i] = new EngineBenchmark();
            runs[i].steps = SIZES[i];
            runs[i].load();
            wall[i] = Long.MAX_VALUE;
            cpu[i] = Long.MAX_VALUE;
        }
        for (int warm = 0; warm < 3; warm++) {
            runs[1].runLogSteps();
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < SIZES.length; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                runs[i].runLogSteps();
                wall[i] = Math.min(wall[i], System.nanoTime() - wall0);
                cpu[i] = Math.min(cpu[i], threads.getCurrentThreadCpuTime() - cpu0);
            }
        }
        System.out.printf("%-8s %12s %12s %14s %14s%n", "steps", "wall ms", "cpu ms", "wall us/step", "cpu us/step");
        for (int i = 0; i < SIZES.length; i++) {
            System.out.printf("%-8d %12.1f %12.1f %14.2f %14.2f%n", SIZES[i], wall[i] / 1e6, cpu[i] / 1e6,
                    wall[i] / 1e3 / SIZES[i], cpu[i] / 1e3 / SIZES[i]);
        }
        int last = SIZES.length - 1;
        double steps = SIZES[last] - SIZES[0];
        System.out.printf("marginal per no-op step (40,000 vs 2,000): wall %.2f us, cpu %.2f us (target <= 5 us)%n",
                (wall[last] - wall[0]) / 1e3 / steps, (cpu[last] - cpu[0]) / 1e3 / steps);
        System.out.printf("linearity: cpu per step at 40,000 / at 2,000 = %.2f (1.00 is linear)%n",
                ((double) cpu[last] / SIZES[last]) / ((double) cpu[0] / SIZES[0]));
    }
}
