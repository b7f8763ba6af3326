package dev.playbook.cli;

import dev.playbook.diag.PlaybookException;
import dev.playbook.sim.world.WorldFile;
import dev.playbook.sim.world.WorldLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Check world files: format, types, limits, and that every name a resource gives is a resource of the file.%n"
        + "Exit 0 when every file is valid, 1 when any is invalid.")
final class WorldCheckCommand implements Callable<Integer> {

    @Mixin
    StandardOptions standard;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "World files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            try {
                WorldFile world = WorldLoader.load(file);
                out.println("ok: " + file + " (world " + world.name() + ", " + String.join(", ", world.regionNames()) + ")");
            } catch (PlaybookException e) {
                invalid++;
                Reporter.print(e.diagnostics(), err);
                err.println(file + ": " + e.diagnostics().size() + (e.diagnostics().size() == 1 ? " error" : " errors"));
            }
        }
        out.flush();
        err.flush();
        return invalid > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
