package dev.playbook.cli;

import dev.playbook.format.FormatDocGenerator;
import dev.playbook.format.FormatV1;
import dev.playbook.format.SchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    @Option(names = "--out", paramLabel = "DIR", description = "Write the editor's schemas into DIR instead: the playbook schema "
            + "with every action's name and with: parameters (one file per group under DIR/actions), and the world schema; "
            + "the repository's schema/ directory is written this way.")
    Path out;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            for (Map.Entry<String, String> file : EditorSchemas.files(PlaybookCommand.actions(spec)).entrySet()) {
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return ExitCodes.OK;
        }
        spec.commandLine().getOut().print(markdown ? FormatDocGenerator.tables(FormatV1.FORMAT) : SchemaGenerator.render(FormatV1.FORMAT));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
