package dev.playbook.sim.scenario;

import dev.playbook.diag.PlaybookException;
import dev.playbook.model.Playbook;
import dev.playbook.sim.world.WorldChoice;
import dev.playbook.sim.world.WorldFinder;
import dev.playbook.sim.world.WorldLoader;
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
 * the quiet world. Every command that drills goes through {@link #choose}, which is where a
 * scenario meets its world (the one given, else the one the scenario names, else the playbook's
 * default world: {@link WorldFinder}) and its playbook ({@link PlaybookFit}).
 */
public final class ScenarioFinder {

    private ScenarioFinder() {
    }

    /** A scenario and how it was chosen, for the operator. */
    public record Choice(Scenario scenario, String how) {
    }

    /**
     * {@code explicit} when given, else the scenario matched to the playbook, else the quiet world;
     * set in {@code explicitWorld} when given, else in the world the scenario names, else in the
     * playbook's default world. Throws {@link PlaybookException} when the scenario or the world does
     * not load, or the scenario does not fit the playbook.
     */
    public static Choice choose(Path explicit, Path explicitWorld, Path playbookFile, Playbook playbook, Consumer<String> warn) {
        String name = playbook.metadata().name();
        ScenarioLoader.Worlds worlds = worlds(explicitWorld, playbookFile, name);
        Choice choice = explicit != null ? new Choice(ScenarioLoader.load(explicit, worlds), explicit.toString())
                : find(playbookFile, name, worlds, warn)
                        .map(s -> new Choice(s, s.file() + ", matched by `playbook: " + name + "`"))
                        .orElseGet(() -> new Choice(Scenario.quiet(worlds.world(null)), "no scenario under scenarios/ names playbook " + name));
        PlaybookFit.check(choice.scenario(), playbook, () -> matching(playbookFile, name, worlds, skipped -> { }).map(Scenario::file).toList());
        return choice;
    }

    /** The world a scenario is read against: {@code --world}, else the one it names, else the playbook's default (found once). */
    private static ScenarioLoader.Worlds worlds(Path explicitWorld, Path playbookFile, String playbookName) {
        WorldChoice[] byDefault = new WorldChoice[1];
        return named -> {
            if (explicitWorld != null || named == null) {
                if (byDefault[0] == null) {
                    byDefault[0] = WorldFinder.choose(explicitWorld, playbookFile, playbookName);
                }
                return byDefault[0];
            }
            return new WorldChoice(WorldLoader.load(named), named + ", named by the scenario");
        };
    }

    /** The matching scenario, if any; files that do not load are skipped and reported to {@code warn}. */
    static Optional<Scenario> find(Path playbookFile, String playbookName, ScenarioLoader.Worlds worlds, Consumer<String> warn) {
        return matching(playbookFile, playbookName, worlds, warn).findFirst();
    }

    /** The scenarios written for the playbook, in file-name order; lazily, so that finding the first loads no more. */
    private static Stream<Scenario> matching(Path playbookFile, String playbookName, ScenarioLoader.Worlds worlds, Consumer<String> warn) {
        Path dir = directory(playbookFile);
        if (dir == null) {
            return Stream.empty();
        }
        Path here = Path.of("").toAbsolutePath();
        return files(dir).stream()
                .map(absolute -> absolute.startsWith(here) ? here.relativize(absolute) : absolute)
                .flatMap(file -> {
                    try {
                        return Stream.of(ScenarioLoader.load(file, worlds));
                    } catch (PlaybookException e) {
                        warn.accept("skipped " + file + ": " + e.getMessage());
                        return Stream.empty();
                    }
                })
                .filter(scenario -> playbookName.equals(scenario.playbook()));
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
