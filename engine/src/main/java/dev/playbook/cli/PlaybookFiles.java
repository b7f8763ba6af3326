package dev.playbook.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the FILE|DIR arguments of validate and lint into playbook files, sorted for stable output. */
final class PlaybookFiles {

    private PlaybookFiles() {
    }

    static List<Path> expand(List<Path> arguments) {
        List<Path> out = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile)
                            .filter(PlaybookFiles::isYaml)
                            .filter(p -> !hidden(argument.relativize(p)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(argument);
            }
        }
        return out;
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
