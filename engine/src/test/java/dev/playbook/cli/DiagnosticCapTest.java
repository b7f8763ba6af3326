package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.DiagnosticPrinter;
import dev.playbook.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file with thousands of mistakes prints the first hundred and one line saying how many more there are. */
class DiagnosticCapTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "lint"})
    void fiveThousandUnknownKeysPrintAHundredAndACount(String command, @TempDir Path dir) throws Exception {
        String keys = IntStream.range(0, 5000).mapToObj(i -> "  k" + i + ": 1\n").collect(Collectors.joining());
        Path file = Files.writeString(dir.resolve("many.yaml"), "apiVersion: playbook/v1\nkind: Playbook\nmetadata:\n  name: many\n"
                + keys + "phases:\n  - id: p\n    steps:\n      - {id: s, action: log}\n");
        CliRun run = CliRun.of(command, file.toString());
        String all = run.out() + run.err();
        assertEquals(DiagnosticPrinter.MAX_PER_FILE, all.lines().filter(l -> l.contains("error[unknown-key]")).count(), all.substring(0, 500));
        assertTrue(all.contains(file + ": 4900 more not shown (the first 100 are above; fix those first)"), all.substring(all.length() - 500));
    }
}
