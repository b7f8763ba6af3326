package dev.playbook.run;

import dev.playbook.progress.JsonLinesSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The durable record of a run: one JSON event per line in
 * {@code .playbook/runs/<run-id>/journal.jsonl}, written and flushed as each event happens, so
 * that a run killed at any point can be resumed from what it had done. Secrets are masked.
 */
public final class JournalSink implements EventSink, AutoCloseable {

    private final Path file;
    private final Writer out;
    private final Redactor redactor;

    public JournalSink(Path file, Redactor redactor) {
        this.file = file;
        this.redactor = redactor;
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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
            out.write(JsonLinesSink.line(event, redactor));
            out.write('\n');
            out.flush();
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
