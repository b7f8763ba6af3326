package dev.playbook.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How a command that binds a playbook's inputs is given them. */
final class InputOptions {

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE",
            description = "Set an input (repeatable); wins over --inputs files and the environment.")
    List<String> pairs = new ArrayList<>();
}
