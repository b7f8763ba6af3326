package dev.playbook.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.run.Journal;
import dev.playbook.run.JournalSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at random moments, again and again, and resumed each time the way an
 * operator would — looking at the real state of the world to answer {@code --rerun} or
 * {@code --assume-done} for a step that was in flight — applies every change exactly once, its
 * journal is always readable, and it ends succeeded. The playbook's steps are mutating
 * {@code shell} commands that each append one line to a file and then sleep. A kill takes the
 * whole process tree (as closing the terminal or a machine crash does), and the operator looks at
 * the file only once nothing of the killed run is left. Figures are in docs/reliability.md.
 */
class KilledRunsTest {

    private static final int STEPS = 8;
    private static final int KILLS = 50;
    private static final Pattern RUN_ID = Pattern.compile("run (\\d{8}-\\d{6}-[0-9a-f]+)");

    @TempDir
    Path work;

    @Test
    void everyChangeHappensExactlyOnceHoweverOftenTheRunIsKilled() throws Exception {
        Path playbook = work.resolve("appends.yaml");
        Files.writeString(playbook, playbook());
        Random random = new Random(20261201L);
        int kills = 0;
        int rounds = 0;
        int decisions = 0;
        int torn = 0;
        while (kills < KILLS) {
            rounds++;
            Path file = work.resolve("changes-" + rounds + ".txt");
            List<String> run = List.of("run", playbook.toString(), "-i", "file=" + file);
            String runId = null;
            boolean succeeded = false;
            while (!succeeded) {
                List<String> command = new ArrayList<>(run);
                if (runId != null) {
                    command = new ArrayList<>(List.of("resume", runId, "-i", "file=" + file));
                    Journal journal = Journal.read(JournalSink.location(work.resolve("state"), runId));
                    for (String step : journal.inFlight()) {
                        boolean happened = lines(file).contains(step);
                        command.addAll(List.of(happened ? "--assume-done" : "--rerun", step));
                        decisions++;
                    }
                }
                Child child = Child.start(command, work);
                if (child.awaitRunning() && random.nextInt(10) > 0) {
                    Thread.sleep(random.nextInt(STEPS * 120));
                    if (child.killTree()) {
                        kills++;
                    }
                }
                int code = child.awaitExit();
                if (runId == null) {
                    runId = child.runId();
                }
                if (runId == null) {
                    continue;
                }
                Path journalFile = JournalSink.location(work.resolve("state"), runId);
                torn += tornLines(journalFile);
                String end = Journal.read(journalFile).endStatus();
                succeeded = "succeeded".equals(end);
                if (code == 0) {
                    assertTrue(succeeded, child.output());
                }
            }
            assertEquals(IntStream.rangeClosed(1, STEPS).mapToObj(i -> "step_" + i).toList(), lines(file),
                    "round " + rounds + ": every change exactly once, in order");
        }
        System.out.printf("killed-runs: %d kills (SIGKILL) over %d runs, %d in-flight steps decided, %d torn lines tolerated,"
                + " every change exactly once%n", kills, rounds, decisions, torn);
    }

    /** Lines of a journal that are not JSON: what a kill in the middle of a write leaves. */
    private static int tornLines(Path journal) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int torn = 0;
        for (String line : new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).split("\n")) {
            try {
                json.readTree(line);
            } catch (IOException e) {
                torn++;
            }
        }
        return torn;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static String playbook() {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= STEPS; i++) {
            steps.append("      - id: step_").append(i).append('\n')
                    .append("        action: shell\n")
                    .append("        with: {command: \"echo step_").append(i).append(" >> \\\"$FILE\\\" && sleep 0.1\", env: {FILE: \"${inputs.file}\"}}\n");
        }
        return """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: appends}
                inputs:
                  file: {type: string, description: where each step appends its line}
                phases:
                  - id: main
                    steps:
                """ + steps;
    }

    /** A playbook process whose output goes to a file, so it can be killed at any moment without a pipe to drain. */
    private record Child(Process process, Path outputFile) {

        static Child start(List<String> args, Path work) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Dplaybook.state=" + work.resolve("state"), "-cp", System.getProperty("java.class.path"),
                    "dev.playbook.cli.Main"));
            command.addAll(args);
            Path output = Files.createTempFile(work, "child", ".out");
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            return new Child(process, output);
        }

        /** Waits until the run has started its steps; false when the process ended first. */
        boolean awaitRunning() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (output().contains("── main")) {
                    return true;
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the run did not start within 120s: " + output());
        }

        /**
         * SIGKILL to the process and everything it started; false when it had already ended. The
         * process is stopped first, so it cannot start a child between the listing and the kill.
         */
        boolean killTree() throws Exception {
            boolean alive = process.isAlive();
            new ProcessBuilder("kill", "-STOP", String.valueOf(process.pid())).start().waitFor();
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroyForcibly);
            tree.forEach(p -> p.onExit().join());
            return alive;
        }

        int awaitExit() throws Exception {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                killTree();
                throw new AssertionError("the run did not end within 180s: " + output());
            }
            return process.exitValue();
        }

        String runId() throws IOException {
            Matcher m = RUN_ID.matcher(output());
            return m.find() ? m.group(1) : null;
        }

        String output() throws IOException {
            return Files.readString(outputFile, StandardCharsets.UTF_8);
        }
    }
}
