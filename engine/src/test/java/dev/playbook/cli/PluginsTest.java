package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where plugin jars are looked for (the jars themselves: PluginExampleIT). */
class PluginsTest {

    @Test
    void givenDirectoriesThenPlaybookPluginsThenThePerUserOne(@TempDir Path home) throws IOException {
        Path given = Files.createDirectories(home.resolve("given"));
        Path listed = Files.createDirectories(home.resolve("listed"));
        Path user = Files.createDirectories(home.resolve(".config/playbook/plugins"));
        assertEquals(List.of(given, listed, user),
                Plugins.directories(List.of(given), Map.of("PLAYBOOK_PLUGINS", listed + java.io.File.pathSeparator + home.resolve("gone")),
                        home.toString()));
    }

    @Test
    void xdgConfigHomeMovesThePerUserDirectory(@TempDir Path home) throws IOException {
        Path config = home.resolve("xdg");
        Path user = Files.createDirectories(config.resolve("playbook/plugins"));
        assertEquals(List.of(user), Plugins.directories(List.of(), Map.of("XDG_CONFIG_HOME", config.toString()), home.toString()));
    }

    @Test
    void aMissingPluginsDirectoryIsAUsageError() {
        CliRun run = CliRun.of("--plugins", "no/such/plugins", "actions", "log");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--plugins: no such directory: no/such/plugins"), run.err());
    }
}
