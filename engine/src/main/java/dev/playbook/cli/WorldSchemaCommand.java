package dev.playbook.cli;

import dev.playbook.format.FormatDocGenerator;
import dev.playbook.format.SchemaGenerator;
import dev.playbook.format.WorldFormatV1;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Print the JSON Schema (2020-12) of the world format, for editors.")
final class WorldSchemaCommand implements Callable<Integer> {

    @Mixin
    StandardOptions standard;

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print the world format reference tables (docs/world-format.md) instead.")
    boolean markdown;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? FormatDocGenerator.tables(WorldFormatV1.FORMAT) : SchemaGenerator.render(WorldFormatV1.FORMAT));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
