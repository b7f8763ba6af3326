package dev.playbook.sim.drill;

import dev.playbook.action.ActionRegistry;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.EventSink;
import dev.playbook.run.RunEvent;
import dev.playbook.run.VirtualClock;
import dev.playbook.sim.api.SimProvider;
import dev.playbook.sim.health.HealthHistory;
import dev.playbook.sim.scenario.FaultInjector;
import dev.playbook.sim.scenario.OperatorEffect;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioLoader;
import dev.playbook.sim.world.Timings;
import dev.playbook.sim.world.World;
import dev.playbook.sim.world.WorldEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything one simulated run needs: a world built from the scenario's world file with the
 * scenario's faults on its timeline, the registry that answers from it, the virtual clock, an
 * approver standing in for the operator, and a recorder of the run's events for the verdict.
 */
public final class Simulation {

    /** Who approves manual steps in a drill, as the journal and the console show it. */
    public static final String APPROVER = "simulator";

    private final Scenario scenario;
    private final long seed;
    private final World world;
    private final VirtualClock clock;
    private final ActionRegistry registry;
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();

    private Simulation(Scenario scenario, long seed, Instant start, ActionRegistry real) {
        this.scenario = scenario;
        this.seed = seed;
        // The world starts early enough for faults before the run and for metrics that look back.
        Map<String, Timings.Range> timings = new LinkedHashMap<>(scenario.world().file().timings());
        timings.putAll(scenario.durations());
        this.world = new World(scenario.world().file(), start.minus(ScenarioLoader.EARLIEST), seed, new Timings(timings));
        HealthHistory history = HealthHistory.follow(world);
        FaultInjector.inject(world, start, scenario);
        world.advanceTo(start);
        this.clock = new VirtualClock(start);
        this.registry = real.overriddenBy(List.of(new SimProvider(world, history, scenario.stubs(), real)));
    }

    /** A simulation of {@code scenario} whose run starts at {@code start}; {@code real} is the registry it stands in front of. */
    public static Simulation start(Scenario scenario, long seed, Instant start, ActionRegistry real) {
        return new Simulation(scenario, seed, start, real);
    }

    public ActionRegistry registry() {
        return registry;
    }

    public VirtualClock clock() {
        return clock;
    }

    public World world() {
        return world;
    }

    /** Keeps the run's events for the verdict and the timeline. */
    public EventSink recorder() {
        return events::add;
    }

    /**
     * Approves every manual step (a drill has no operator) and carries out what the scenario says
     * the operator does there.
     */
    public Approver approver() {
        return (step, instructions) -> {
            List<OperatorEffect> effects = scenario.operatorAt(step.id());
            world.at(clock.now(), () -> {
                for (OperatorEffect effect : effects) {
                    effect.apply(world);
                    world.note(WorldEvent.Kind.OPERATOR, step.id() + ": " + effect.describe());
                }
                return null;
            });
            return Approver.Decision.approvedBy(APPROVER, effects.isEmpty() ? "a drill has no operator"
                    : "the scenario's operator: " + String.join("; ", effects.stream().map(OperatorEffect::describe).toList()));
        };
    }

    /** The drill's outcome once the run has ended: the world is brought to the end of the run and judged. */
    public DrillResult conclude(Playbook playbook) {
        RunEvent.RunFinished run = events.stream().filter(RunEvent.RunFinished.class::isInstance).map(RunEvent.RunFinished.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the run has not finished"));
        world.advanceTo(clock.now());
        List<Check> health;
        synchronized (world) {
            health = WorldHealth.assess(world);
        }
        var rto = playbook.objectives() == null ? null : playbook.objectives().rto();
        return new DrillResult(playbook.metadata().name(), scenario.name(), seed, run, rto, phases(playbook),
                Timeline.of(events, world.events(), registry), Verdict.of(run, health, rto));
    }

    private List<DrillResult.PhaseTime> phases(Playbook playbook) {
        List<DrillResult.PhaseTime> out = new ArrayList<>();
        for (Phase phase : playbook.phases()) {
            events.stream().filter(e -> e instanceof RunEvent.PhaseFinished f && f.phase().equals(phase.id()))
                    .map(RunEvent.PhaseFinished.class::cast).findFirst()
                    .ifPresent(f -> out.add(new DrillResult.PhaseTime(phase.id(), phase.title(), f.elapsed(), phase.budget(), f.ok())));
        }
        return out;
    }
}
