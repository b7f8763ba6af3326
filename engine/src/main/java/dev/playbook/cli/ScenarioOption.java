package dev.playbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which simulated incident a drill rehearses. */
final class ScenarioOption {

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Scenario of the drill (default: the one under scenarios/ whose `playbook:` names this playbook).")
    Path file;
}
