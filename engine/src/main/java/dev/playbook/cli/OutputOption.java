package dev.playbook.cli;

import picocli.CommandLine.Option;

/** Whether a run prints for people or for machines. */
final class OutputOption {

    enum Output { text, json }

    @Option(names = "--output", paramLabel = "FORMAT",
            description = "text (default): live progress for people; json: one JSON event per line (${COMPLETION-CANDIDATES}).")
    Output output = Output.text;

    boolean json() {
        return output == Output.json;
    }
}
