package dev.playbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code playbook help [COMMAND]}: a command's help, as {@code COMMAND --help}; or the reference of docs/cli.md. */
@Command(name = "help", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the help of a command (as COMMAND --help does), or of playbook itself.")
final class HelpTopics implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to explain.")
    String command;

    @Option(names = "--markdown", description = "Print the command reference of docs/cli.md instead.")
    boolean markdown;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandLine root = spec.root().commandLine();
        if (markdown) {
            out.print(CliReference.render(root));
        } else if (command == null) {
            root.usage(out);
        } else {
            CommandLine sub = root.getSubcommands().get(command);
            if (sub == null) {
                err.println("error: no command `" + command + "`" + dev.playbook.diag.Suggest.didYouMean(command, root.getSubcommands().keySet())
                        + "; `playbook help` lists them");
                err.flush();
                return ExitCodes.USAGE;
            }
            sub.usage(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
