package dev.playbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "playbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Executable disaster-recovery runbooks.",
        subcommands = {HelpTopics.class, RunCommand.class, DrillCommand.class, ResumeCommand.class, DebugCommand.class, ValidateCommand.class, LintCommand.class, PlanCommand.class, SchemaCommand.class, ActionsCommand.class, WorldCommand.class, CompletionCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 invalid playbook or failed step, 2 usage error, 3 aborted by the operator.",
                "Docs: docs/cli.md, docs/format.md, docs/repl.md, docs/actions.md, docs/lint-rules.md"})
final class PlaybookCommand implements Runnable {

    @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors, and the AWS SDK's logs down to each request on the wire.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
