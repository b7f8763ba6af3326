package dev.playbook.run;

import dev.playbook.progress.JsonLinesSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The durable record of a run: one JSON event per line in
 * {@code .playbook/runs/<run-id>/journal.jsonl}, written and forced to the disk as each event
 * happens, so that a run killed at any point — the process, or the laptop it ran on — can be
 * resumed from what it had done: a mutating step's start is on disk before its call is made.
 * Secrets are masked.
 */
public final class JournalSink implements EventSink, AutoCloseable {

    private final Path file;
    private final FileChannel out;
    private final Redactor redactor;

    public JournalSink(Path file, Redactor redactor) {
        this.file = file;
        this.redactor = redactor;
        try {
            Files.createDirectories(file.getParent());
            this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    /** Where a run's journal lives under a state directory (normally {@code .playbook}). */
    public static Path location(Path stateDir, String runId) {
        return stateDir.resolve("runs").resolve(runId).resolve("journal.jsonl");
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void accept(RunEvent event) {
        try {
            ByteBuffer line = ByteBuffer.wrap((JsonLinesSink.line(event, redactor) + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                out.write(line);
            }
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
