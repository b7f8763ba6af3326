package dev.playbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the repository and its test fixtures, for tests. */
public final class Repo {

    private Repo() {
    }

    public static Path root() {
        return Path.of(System.getProperty("playbook.root", "..")).toAbsolutePath().normalize();
    }

    public static Path fixtures() {
        return root().resolve("engine/src/test/resources/fixtures");
    }

    /** The *.yaml files under a directory, recursively, sorted. */
    public static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The playbooks the repository ships: under playbooks/ and examples/, without the CI
     * workflow example and without the worlds ({@code *.world.yaml}) and scenarios
     * ({@code scenarios/}) that sit beside an example's playbook.
     */
    public static List<Path> shippedPlaybooks() {
        return Stream.of("playbooks", "examples")
                .flatMap(dir -> yamlFiles(root().resolve(dir)).stream())
                .filter(file -> !file.startsWith(root().resolve("examples/ci")))
                .filter(file -> !file.getFileName().toString().endsWith(".world.yaml"))
                .filter(file -> !file.getParent().getFileName().toString().equals("scenarios"))
                .toList();
    }

    public static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
