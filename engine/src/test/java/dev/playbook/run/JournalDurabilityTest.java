package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionProvider;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.Signature;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.model.Playbook;
import dev.playbook.testing.Runs;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The journal's durability promise under group commit: when a mutating call goes out, that
 * step's start and every step finished before it are on the disk (forced), and the rest is
 * forced in batches — one force per mutating call and one at the end, not one per event.
 */
class JournalDurabilityTest {

    /** A disk that keeps what was written and how much of it had been forced. */
    private static final class RecordingDisk implements JournalSink.Disk {
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private int forcedBytes;
        private int forces;

        @Override
        public synchronized void write(ByteBuffer bytes) {
            byte[] chunk = new byte[bytes.remaining()];
            bytes.get(chunk);
            written.writeBytes(chunk);
        }

        @Override
        public synchronized void force() {
            forcedBytes = written.size();
            forces++;
        }

        @Override
        public void close() {
        }

        /** What would survive a crash of the machine now. */
        synchronized String onDisk() {
            return new String(written.toByteArray(), 0, forcedBytes, StandardCharsets.UTF_8);
        }

        synchronized String all() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    /** {@code probe.mutate} and {@code probe.read}: each records what was on the disk when it was called. */
    private static final class Probes implements ActionProvider {
        final List<String> onDiskAtMutatingCall = new CopyOnWriteArrayList<>();
        private final RecordingDisk disk;

        Probes(RecordingDisk disk) {
            this.disk = disk;
        }

        @Override
        public Collection<String> names() {
            return List.of("probe.mutate", "probe.read");
        }

        @Override
        public Optional<Action> find(String name) {
            if (!names().contains(name)) {
                return Optional.empty();
            }
            boolean readOnly = name.equals("probe.read");
            return Optional.of(new Action() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Signature signature() {
                    return new Signature("probe", List.of(), true, null);
                }

                @Override
                public boolean readOnly() {
                    return readOnly;
                }

                @Override
                public Object call(ActionContext context, Map<String, Object> params) {
                    if (!readOnly) {
                        onDiskAtMutatingCall.add(disk.onDisk());
                    }
                    return Map.of("ok", true);
                }
            });
        }
    }

    private static String playbook(String steps) {
        return """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: t}
                phases:
                  - id: main
                    steps:
                """ + steps.indent(6);
    }

    private record Journaled(RecordingDisk disk, Probes probes, RunResult result) {
    }

    private static Journaled run(String yaml) {
        Playbook playbook = Runs.load(yaml);
        RecordingDisk disk = new RecordingDisk();
        Probes probes = new Probes(disk);
        Redactor redactor = Redactor.forInputs(playbook, Map.of());
        RunResult result;
        try (JournalSink journal = new JournalSink(Path.of("journal.jsonl"), disk)) {
            Executor executor = new Executor(playbook, new ActionRegistry(List.of(probes, new BuiltinProvider())), new VirtualClock(Runs.T0),
                    journal, Approver.of(false, java.util.Set.of(), null), new RunOptions("r", null, null, 1L, true), redactor);
            result = executor.run(Map.of());
        }
        return new Journaled(disk, probes, result);
    }

    private static String started(String step) {
        return "{\"type\":\"step_started\",\"at\":\"2026-01-05T02:00:00Z\",\"step\":\"" + step + "\"";
    }

    private static String finished(String step) {
        return "{\"type\":\"step_finished\",\"at\":\"2026-01-05T02:00:00Z\",\"step\":\"" + step + "\"";
    }

    @Test
    void aMutatingCallGoesOutOnlyAfterItsStartAndEveryEarlierFinishIsOnTheDisk() {
        Journaled run = run(playbook("""
                - {id: look, action: probe.read}
                - {id: say, action: log, with: {message: about to change}}
                - {id: change, action: probe.mutate}
                - {id: after, action: log, with: {message: changed}}
                - {id: again, action: probe.mutate}
                """));
        assertEquals(RunStatus.SUCCEEDED, run.result().status());
        assertEquals(2, run.probes().onDiskAtMutatingCall.size());
        String atChange = run.probes().onDiskAtMutatingCall.get(0);
        assertTrue(atChange.contains(started("change")), atChange);
        assertTrue(atChange.contains(finished("look")) && atChange.contains(finished("say")), atChange);
        String atAgain = run.probes().onDiskAtMutatingCall.get(1);
        assertTrue(atAgain.contains(finished("change")) && atAgain.contains(finished("after")) && atAgain.contains(started("again")), atAgain);
    }

    @Test
    void readOnlyStepsShareOneForceAndTheFinishedRunIsOnTheDisk() {
        String steps = java.util.stream.IntStream.range(0, 500)
                .mapToObj(i -> "- {id: s" + i + ", action: log, with: {message: step " + i + "}}\n").reduce("", String::concat);
        Journaled run = run(playbook(steps));
        assertEquals(RunStatus.SUCCEEDED, run.result().status());
        assertEquals(1, run.disk().forces, "500 read-only steps, forced once when the run finished");
        assertEquals(run.disk().all(), run.disk().onDisk());
        assertTrue(run.disk().onDisk().contains("\"type\":\"run_finished\""));
    }

    @Test
    void eachMutatingCallCostsOneForceWhateverHappensAroundIt() {
        Journaled run = run(playbook("""
                - {id: a, action: log, with: {message: one}}
                - {id: m1, action: probe.mutate}
                - {id: b, action: probe.read}
                - {id: m2, action: probe.mutate}
                - {id: m3, action: probe.mutate}
                """));
        assertEquals(3 + 1, run.disk().forces, "three mutating calls and the end of the run");
    }
}
