package dev.playbook.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Manual steps approved on the command line instead of at the terminal. */
final class ApprovalOptions {

    @Option(names = "--yes", description = "Approve every manual step without asking (for drills and automation).")
    boolean yes;

    @Option(names = "--approve", paramLabel = "STEP", description = "Approve this manual step without asking (repeatable).")
    List<String> steps = new ArrayList<>();
}
