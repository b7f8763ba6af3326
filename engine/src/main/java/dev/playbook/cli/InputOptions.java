package dev.playbook.cli;

import dev.playbook.model.Playbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How a command that binds a playbook's inputs is given them, lowest first: the environment's
 * inputs (those this playbook declares), each --inputs file in order, then each -i.
 */
final class InputOptions {

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE",
            description = "Set an input (repeatable); wins over --inputs files and the environment.")
    List<String> pairs = new ArrayList<>();

    @Option(names = "--inputs", paramLabel = "FILE",
            description = "Inputs from a YAML or JSON file (repeatable; later files win). A secret may be {from_env: VAR} or {from_file: PATH}.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME",
            description = "Point the run at an environment: environments/NAME.yaml (inputs, AWS profile, endpoint, region).")
    String env;

    /** The environment chosen with --env, or null; IllegalArgumentException when it cannot be read. */
    Environment environment(Path playbook) {
        return env == null ? null : Environment.find(env, playbook);
    }

    /** Every given input as -i text, in precedence order; IllegalArgumentException naming a bad file. */
    List<String> resolve(Playbook playbook, Environment environment) {
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, String> variables = System.getenv();
        if (environment != null) {
            InputFiles.texts(environment.inputs(), environment.file(), variables).forEach((name, value) -> {
                // One environment serves many playbooks: each takes the inputs it declares.
                if (playbook.inputs().containsKey(name)) {
                    merged.put(name, value);
                }
            });
        }
        for (Path file : files) {
            merged.putAll(InputFiles.texts(InputFiles.mapping(file), file, variables));
        }
        merged.putAll(dev.playbook.load.InputBinder.pairs(pairs));
        List<String> out = new ArrayList<>();
        merged.forEach((name, value) -> out.add(name + "=" + value));
        return out;
    }
}
