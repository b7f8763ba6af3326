package dev.playbook.run;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The durable record of a run: one JSON event per line in
 * {@code .playbook/runs/<run-id>/journal.jsonl}. Each event is written as it happens, so a
 * killed process loses nothing; the file is forced to the disk (group commit) only where a
 * crash of the machine would otherwise hide a side effect: before a mutating call goes out
 * ({@link #durable()}: that step's start and every step finished before it are then on disk)
 * and when the run finishes. What a crash can lose is the tail of read-only work since the
 * last mutating call, which a resume safely does again. Secrets were masked where the executor
 * made the events.
 */
public final class JournalSink implements EventSink, AutoCloseable {

    /** Where the lines go: the journal file, or in a test a disk whose forced bytes can be read. */
    interface Disk extends AutoCloseable {

        void write(ByteBuffer bytes) throws IOException;

        void force() throws IOException;

        @Override
        void close() throws IOException;
    }

    private final Path file;
    private final Disk out;
    private boolean unforced;

    public JournalSink(Path file) {
        this(file, open(file));
    }

    JournalSink(Path file, Disk out) {
        this.file = file;
        this.out = out;
    }

    /**
     * The journal file, written with a {@link FileOutputStream} rather than a {@code FileChannel}:
     * a step timeout interrupts the thread its action runs on, and that thread may be writing an
     * event (a {@code notify}) when it does; an interruptible channel would close for good and take
     * every later event with it, while a stream's write and its descriptor's sync ignore interrupts.
     */
    private static Disk open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileOutputStream stream = new FileOutputStream(file.toFile(), true);
            return new Disk() {
                @Override
                public void write(ByteBuffer bytes) throws IOException {
                    stream.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                    bytes.position(bytes.limit());
                }

                @Override
                public void force() throws IOException {
                    stream.getFD().sync();
                }

                @Override
                public void close() throws IOException {
                    stream.close();
                }
            };
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
            out.write(ByteBuffer.wrap((EventJson.line(event) + "\n").getBytes(StandardCharsets.UTF_8)));
            unforced = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
        if (event instanceof RunEvent.RunFinished) {
            durable();
        }
    }

    @Override
    public synchronized void durable() {
        if (!unforced) {
            return;
        }
        try {
            out.force();
            unforced = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            durable();
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
