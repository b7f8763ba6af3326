package dev.playbook.cli;

import dev.playbook.format.FormatDocGenerator;
import dev.playbook.format.FormatV1;
import dev.playbook.format.SchemaGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Print the JSON Schema (2020-12) of the playbook format, for editors.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print the format reference tables (docs/format.md) instead.")
    boolean markdown;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? FormatDocGenerator.tables(FormatV1.FORMAT) : SchemaGenerator.render(FormatV1.FORMAT));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
