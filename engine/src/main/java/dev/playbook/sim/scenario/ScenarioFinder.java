package dev.playbook.sim.scenario;

import dev.playbook.diag.PlaybookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The scenario a playbook is drilled with when none is named: the first file, by name, in the
 * nearest {@code scenarios/} directory (beside the playbook's directory or above it, else in the
 * working directory) whose {@code playbook:} is the playbook's {@code metadata.name}. Without one,
 * the quiet world.
 */
public final class ScenarioFinder {

    private ScenarioFinder() {
    }

    /** A scenario and how it was chosen, for the operator. */
    public record Choice(Scenario scenario, String how) {
    }

    /**
     * {@code explicit} when given (throws {@link PlaybookException} when it does not load), else the
     * scenario matched to the playbook, else the quiet world.
     */
    public static Choice choose(Path explicit, Path playbookFile, String playbookName, Consumer<String> warn) {
        if (explicit != null) {
            return new Choice(ScenarioLoader.load(explicit), explicit.toString());
        }
        return find(playbookFile, playbookName, warn)
                .map(s -> new Choice(s, s.file() + ", matched by `playbook: " + playbookName + "`"))
                .orElse(new Choice(Scenario.quiet(), "no scenario under scenarios/ names playbook " + playbookName));
    }

    /** The matching scenario, if any; files that do not load are skipped and reported to {@code warn}. */
    public static Optional<Scenario> find(Path playbookFile, String playbookName, Consumer<String> warn) {
        Path dir = directory(playbookFile);
        if (dir == null) {
            return Optional.empty();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path absolute : files(dir)) {
            Path file = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
            try {
                Scenario scenario = ScenarioLoader.load(file);
                if (playbookName.equals(scenario.playbook())) {
                    return Optional.of(scenario);
                }
            } catch (PlaybookException e) {
                warn.accept("skipped " + file + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    static Path directory(Path playbookFile) {
        for (Path dir = playbookFile.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenarios"))) {
                return dir.resolve("scenarios");
            }
        }
        Path here = Path.of("scenarios").toAbsolutePath();
        return Files.isDirectory(here) ? here : null;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
