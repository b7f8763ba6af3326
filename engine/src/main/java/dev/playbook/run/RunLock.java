package dev.playbook.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps two operators from running the same playbook against the same target at once: an OS
 * file lock under {@code .playbook/locks/}, released when the run ends or the process dies,
 * holding who has it so the second operator is told.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link IllegalStateException} saying who holds it. */
    public static RunLock acquire(Path stateDir, String playbook, String target, String runId) {
        Path file = stateDir.resolve("locks").resolve(playbook + "@" + target + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file).strip();
                channel.close();
                throw new IllegalStateException("playbook " + playbook + " is already running against " + target
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it, or resume that run");
            }
            channel.truncate(0);
            String holder = "run " + runId + " by " + System.getProperty("user.name", "?") + ", pid " + ProcessHandle.current().pid()
                    + ", since " + Instant.now();
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the run lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
