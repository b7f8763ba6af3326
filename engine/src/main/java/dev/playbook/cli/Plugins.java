package dev.playbook.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where action providers beyond the built-ins come from: the jars in the plugin directories,
 * loaded through a class loader of their own (the launcher's {@code java -jar} takes no class
 * path). Directories: each {@code --plugins DIR}, then each entry of {@code PLAYBOOK_PLUGINS}
 * (separated as PATH is), then the per-user {@code $XDG_CONFIG_HOME/playbook/plugins}
 * (default {@code ~/.config/playbook/plugins}).
 */
final class Plugins {

    private Plugins() {
    }

    /** The plugin directories in search order; the environment's only when they exist. */
    static List<Path> directories(List<Path> given, Map<String, String> env, String home) {
        List<Path> dirs = new ArrayList<>(given);
        String listed = env.get("PLAYBOOK_PLUGINS");
        if (listed != null) {
            for (String entry : listed.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.isDirectory(Path.of(entry))) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path user = (config == null || config.isBlank() ? Path.of(home, ".config") : Path.of(config)).resolve("playbook/plugins");
        if (Files.isDirectory(user)) {
            dirs.add(user);
        }
        return dirs;
    }

    /** A loader that sees the class path and every jar in {@code dirs}, or the class path's own loader when there are none. */
    static ClassLoader loader(List<Path> dirs) {
        List<URL> jars = new ArrayList<>();
        for (Path dir : dirs) {
            jars.addAll(jars(dir));
        }
        ClassLoader parent = Plugins.class.getClassLoader();
        return jars.isEmpty() ? parent : new URLClassLoader("playbook-plugins", jars.toArray(URL[]::new), parent);
    }

    private static List<URL> jars(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().map(Plugins::url).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
