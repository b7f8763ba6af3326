package dev.playbook.cli;

import dev.playbook.load.InputBinder;
import dev.playbook.plan.PlanPrinter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Print the phases and steps a run would execute, with budgets and resolved parameters.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The playbook.")
    Path file;

    @Mixin
    InputOptions inputs;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        var loaded = Loading.load(file, spec.commandLine().getErr());
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        InputBinder.Bound bound;
        try {
            bound = InputBinder.bind(loaded, InputBinder.pairs(inputs.resolve(loaded, inputs.environment(file))));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PlanPrinter.masked(loaded, bound.values(), spec.commandLine().getOut()).print(bound.values());
        return ExitCodes.OK;
    }
}
