package dev.playbook.cli;

import dev.playbook.run.JournalSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The runs kept under the state directory, each a directory named by its run id with a journal. */
final class RunDirectory {

    private RunDirectory() {
    }

    /** The ids of the runs that have a journal, oldest first (by when their journal was last written). */
    static List<String> ids() {
        Path runs = RunSession.stateDir().resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(runs)) {
            return list.filter(dir -> Files.isRegularFile(dir.resolve("journal.jsonl")))
                    .sorted(Comparator.comparing(RunDirectory::lastWritten).thenComparing(Path::getFileName))
                    .map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The id given, or the most recently written run for {@code latest}; null when there is none. */
    static String resolve(String idOrLatest) {
        if (!"latest".equals(idOrLatest)) {
            return idOrLatest;
        }
        List<String> ids = ids();
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }

    static Path journal(String runId) {
        return JournalSink.location(RunSession.stateDir(), runId);
    }

    private static long lastWritten(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve("journal.jsonl")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
