package dev.playbook.cli;

import picocli.CommandLine.Option;

/** Whether a run or a drill prints for people or for machines. */
final class OutputOption {

    enum Output { text, json }

    @Option(names = "--output", paramLabel = "FORMAT",
            description = "text (default): for people; json: one JSON object per line, the verdict last (${COMPLETION-CANDIDATES}).")
    Output output = Output.text;

    boolean json() {
        return output == Output.json;
    }
}
