package dev.playbook.testing;

import dev.playbook.action.ActionRegistry;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.load.InputBinder;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunOptions;
import dev.playbook.run.RunResult;
import dev.playbook.run.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs a playbook text on a virtual clock with {@link ScriptedActions}, collecting the events. */
public final class Runs {

    public static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    public final ScriptedActions actions = new ScriptedActions();
    public final VirtualClock clock = new VirtualClock(T0);
    public final List<RunEvent> events = new CopyOnWriteArrayList<>();
    public RunResult result;

    public static Playbook load(String yaml) {
        LoadResult loaded = PlaybookLoader.load("test.yaml", yaml);
        if (!loaded.ok()) {
            throw new AssertionError("test playbook does not load: " + loaded.diagnostics());
        }
        return loaded.playbook();
    }

    public Runs run(String yaml, Map<String, String> inputs, Approver approver, String startAt) {
        Playbook playbook = load(yaml);
        InputBinder.Bound bound = InputBinder.bind(playbook, inputs);
        ActionRegistry registry = new ActionRegistry(List.of(actions, new BuiltinProvider()));
        Executor executor = new Executor(playbook, registry, clock, events::add, approver,
                new RunOptions("test-run", startAt, null, 42L, true), Redactor.forInputs(playbook, bound.values()));
        result = executor.run(bound.values());
        return this;
    }

    public Runs run(String yaml) {
        return run(yaml, Map.of(), Approver.of(false, Set.of(), null), null);
    }

    /** Events of one type, in order. */
    public <E extends RunEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public long minutesAt(RunEvent event) {
        return java.time.Duration.between(T0, event.at()).toMinutes();
    }
}
