package dev.playbook.cli;

import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/** The seed of everything random in a run: retry jitter and the simulated world. */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of retry jitter and of the simulated world: the same seed replays the same drill (default: random, printed).")
    Long seed;

    /** The given seed, or a fresh one small enough to type again. */
    long orRandom() {
        return seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
    }
}
