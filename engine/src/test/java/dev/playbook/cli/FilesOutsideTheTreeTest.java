package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.playbook.testing.CliRun;
import dev.playbook.testing.PlaybookText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * validate and lint walk a repository and stay in it: a link out of the tree is reported and
 * never read, a FIFO is reported and never opened, a link loop ends, an unreadable entry is
 * reported while every other file is still checked.
 */
class FilesOutsideTheTreeTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String SECRET = "aws_access_key_id = AKIAIOSFODNN7EXAMPLE";

    @TempDir
    Path home;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(home.resolve("repo/playbooks"));
        Files.writeString(repo.resolve("good.yaml"), PlaybookText.MINIMAL);
        Path credentials = Files.createDirectories(home.resolve(".aws")).resolve("credentials");
        Files.writeString(credentials, "[default]\n" + SECRET + "\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        Files.createSymbolicLink(repo.resolve("evil.yaml"), credentials);
    }

    private CliRun check(String command, Path... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = command;
        for (int i = 0; i < paths.length; i++) {
            args[i + 1] = paths[i].toString();
        }
        return assertTimeoutPreemptively(BOUND, () -> CliRun.of(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "lint"})
    void aLinkToCredentialsOutsideTheTreeIsReportedAndNothingOfItIsPrinted(String command) {
        CliRun run = check(command, repo);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String all = run.out() + run.err();
        assertTrue(all.contains(repo.resolve("evil.yaml") + ":1:1: error[io]: is a symbolic link to a file outside "), all);
        assertFalse(all.contains("aws_access_key_id") || all.contains("AKIA") || all.contains("wJalr") || all.contains("[default]"), all);
    }

    @Test
    void aFifoIsReportedNotOpenedAndTheOtherFilesAreChecked() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Path fifo = repo.resolve("pipe.yaml");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        CliRun run = check("validate", repo);
        assertTrue(run.err().contains(fifo + ":1:1: error[io]: is not a regular file (a FIFO, socket or device); it was not opened"), run.err());
        assertTrue(run.out().contains("ok: " + repo.resolve("good.yaml")), run.out());
        CliRun direct = check("validate", fifo);
        assertTrue(direct.out().contains(fifo + ":1:1: error[io]: is not a regular file"), direct.out());
    }

    @Test
    void aDirectoryLinkLoopEndsAndTheRealFilesAreChecked() throws Exception {
        Files.createSymbolicLink(repo.resolve("loop"), repo);
        Files.createSymbolicLink(repo.resolve("self.yaml"), repo.resolve("self.yaml"));
        CliRun run = check("validate", repo);
        assertTrue(run.out().contains("ok: " + repo.resolve("good.yaml")), run.out() + run.err());
        assertTrue(run.err().contains(repo.resolve("self.yaml") + ":1:1: error[io]: is a symbolic link that leads nowhere"), run.err());
        assertFalse(run.out().contains("loop"), run.out());
    }

    @Test
    void aLinkToAFileInsideTheTreeIsChecked() throws Exception {
        Files.delete(repo.resolve("evil.yaml"));
        Files.createSymbolicLink(repo.resolve("alias.yaml"), repo.resolve("good.yaml"));
        CliRun run = check("validate", repo);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ok: " + repo.resolve("alias.yaml")), run.out());
    }

    @Test
    void anUnreadableDirectoryIsReportedAndTheRestIsChecked() throws Exception {
        Path locked = Files.createDirectories(repo.resolve("locked"));
        Files.writeString(locked.resolve("hidden.yaml"), PlaybookText.MINIMAL);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");
            CliRun run = check("validate", repo);
            assertTrue(run.err().contains(locked + ":1:1: error[io]: cannot read: permission denied"), run.err());
            assertTrue(run.out().contains("ok: " + repo.resolve("good.yaml")), run.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
