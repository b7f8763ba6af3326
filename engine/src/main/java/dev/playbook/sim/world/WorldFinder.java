package dev.playbook.sim.world;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.PlaybookException;
import dev.playbook.model.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The world a playbook is drilled in when none is given, found the way scenarios are: a file
 * {@code NAME.world.yaml} beside the playbook ({@code failover.yaml} → {@code failover.world.yaml}),
 * else the nearest {@code worlds/} directory (the playbook's directory or a parent, else the working
 * directory). There, the only world file, or the one whose {@code metadata.playbooks} names the
 * playbook.
 */
public final class WorldFinder {

    private WorldFinder() {
    }

    /** {@code explicit} when given, else the default world of the playbook; throws {@link PlaybookException} when there is none or it does not load. */
    public static WorldChoice choose(Path explicit, Path playbookFile, String playbookName) {
        if (explicit != null) {
            return new WorldChoice(WorldLoader.load(explicit), explicit.toString());
        }
        Path beside = beside(playbookFile);
        if (Files.isRegularFile(beside)) {
            return new WorldChoice(WorldLoader.load(shown(beside)), shown(beside) + ", beside the playbook");
        }
        Path dir = directory(playbookFile);
        if (dir == null) {
            throw none(playbookFile, "no " + beside.getFileName() + " beside it and no worlds/ directory");
        }
        List<Path> files = files(dir);
        if (files.size() == 1) {
            return new WorldChoice(WorldLoader.load(shown(files.get(0))), shown(files.get(0)) + ", the only world under " + shown(dir) + "/");
        }
        for (Path file : files) {
            WorldFile world = WorldLoader.load(shown(file));
            if (world.playbooks().contains(playbookName)) {
                return new WorldChoice(world, shown(file) + ", matched by `playbooks: [" + playbookName + "]`");
            }
        }
        throw none(playbookFile, files.isEmpty() ? shown(dir) + "/ holds no world file"
                : shown(dir) + "/ holds " + files.size() + " worlds and none lists " + playbookName + " in metadata.playbooks");
    }

    private static PlaybookException none(Path playbookFile, String why) {
        return new PlaybookException(List.of(Diagnostic.error(SourcePos.of(playbookFile.toString()), "world-missing",
                "no world to drill this playbook in: " + why,
                "pass --world FILE, or add the playbook's name to the world's metadata.playbooks (docs/world-format.md)")));
    }

    static Path beside(Path playbookFile) {
        String name = playbookFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return playbookFile.resolveSibling(name + ".world.yaml");
    }

    static Path directory(Path playbookFile) {
        for (Path dir = playbookFile.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("worlds"))) {
                return dir.resolve("worlds");
            }
        }
        Path here = Path.of("worlds").toAbsolutePath();
        return Files.isDirectory(here) ? here : null;
    }

    /** The path relative to the working directory when it lies below it, as the operator typed paths. */
    private static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : path;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
