package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "playbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Executable disaster-recovery runbooks.",
        subcommands = {HelpTopics.class, RunCommand.class, DrillCommand.class, ResumeCommand.class, RunsCommand.class, ReportCommand.class, DebugCommand.class, ValidateCommand.class, LintCommand.class, PlanCommand.class, SchemaCommand.class, ActionsCommand.class, WorldCommand.class, CompletionCommand.class, ExportCommand.class, ApproveCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 invalid playbook or failed step, 2 usage error, 3 aborted by the operator.",
                "Docs: docs/cli.md, docs/format.md, docs/repl.md, docs/actions.md, docs/lint-rules.md"})
final class PlaybookCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of internal errors, and the AWS SDK's logs down to each request on the wire.")
    boolean debug;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Also load the action providers of the jars in DIR (repeatable); PLAYBOOK_PLUGINS and "
                    + "$XDG_CONFIG_HOME/playbook/plugins are searched too.")
    List<Path> plugins = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private ActionRegistry actions;

    /** The actions of the command line {@code command} belongs to: the built-ins and every plugin's. */
    static ActionRegistry actions(CommandSpec command) {
        return ((PlaybookCommand) command.root().userObject()).actions();
    }

    private ActionRegistry actions() {
        if (actions == null) {
            for (Path dir : plugins) {
                if (!Files.isDirectory(dir)) {
                    throw new ParameterException(spec.commandLine(), "--plugins: no such directory: " + dir);
                }
            }
            actions = ActionRegistry.discover(Plugins.loader(Plugins.directories(plugins, System.getenv(),
                    System.getProperty("user.home"))));
        }
        return actions;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
