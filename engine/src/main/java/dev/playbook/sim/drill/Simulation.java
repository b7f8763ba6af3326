package dev.playbook.sim.drill;

import dev.playbook.action.ActionRegistry;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.EventSink;
import dev.playbook.run.RecordedEvents;
import dev.playbook.run.RunEvent;
import dev.playbook.run.VirtualClock;
import dev.playbook.sim.api.SimProvider;
import dev.playbook.sim.health.HealthHistory;
import dev.playbook.sim.health.RequestHistory;
import dev.playbook.sim.scenario.FaultInjector;
import dev.playbook.sim.scenario.OperatorEffect;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioLoader;
import dev.playbook.sim.world.Timings;
import dev.playbook.sim.world.World;
import dev.playbook.sim.world.WorldEvent;
import dev.playbook.verdict.CriteriaJudge;
import dev.playbook.verdict.CriterionResult;
import dev.playbook.verdict.EndStateChecks;
import dev.playbook.verdict.Verdict;
import dev.playbook.run.RunOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything one simulated run needs: a world built from the scenario's world file with the
 * scenario's faults on its timeline, the registry that answers from it, the virtual clock, an
 * approver standing in for the operator (who takes the scenario's response time at each manual
 * step), and a recorder of the run's events for the verdict.
 */
public final class Simulation {

    /** Who approves manual steps in a drill, as the journal and the console show it. */
    public static final String APPROVER = "simulator";
    /** How long the verdict waits, after the run, for DNS changes to reach the resolvers. */
    static final Duration DNS_SETTLE_LIMIT = Duration.ofMinutes(15);
    private static final Duration DNS_SETTLE_POLL = Duration.ofSeconds(5);

    private final Scenario scenario;
    private final long seed;
    private final World world;
    private final VirtualClock clock;
    private final ActionRegistry registry;
    private final RequestHistory requests;
    private final RecordedEvents recorded = new RecordedEvents();
    private final List<DrillResult.HumanTime> people = new CopyOnWriteArrayList<>();
    private DrillResult concluded;

    private Simulation(Scenario scenario, long seed, Instant start, ActionRegistry real) {
        this.scenario = scenario;
        this.seed = seed;
        // The world starts early enough for faults before the run and for metrics that look back.
        Map<String, Timings.Range> timings = new LinkedHashMap<>(scenario.world().file().timings());
        timings.putAll(scenario.durations());
        this.world = new World(scenario.world().file(), start.minus(ScenarioLoader.EARLIEST), seed, new Timings(timings));
        HealthHistory history = HealthHistory.follow(world);
        this.requests = RequestHistory.follow(world);
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
        return recorded;
    }

    /**
     * Approves every manual step (a drill has no operator) once the scenario's response time for
     * it has passed on the clock, and carries out what the scenario says the operator does there.
     */
    public Approver approver() {
        return (step, instructions) -> {
            Instant asked = clock.now();
            Duration response = world.at(asked, () -> scenario.responseAt(step.id()).sample(world.random()));
            clock.sleep(response);
            people.add(new DrillResult.HumanTime(step.id(), asked, clock.now()));
            List<OperatorEffect> effects = scenario.operatorAt(step.id());
            world.at(clock.now(), () -> {
                for (OperatorEffect effect : effects) {
                    effect.apply(world);
                    world.note(WorldEvent.Kind.OPERATOR, step.id() + ": " + effect.describe());
                }
                return null;
            });
            String after = "after " + DrillReport.shown(response);
            return Approver.Decision.approvedBy(APPROVER, effects.isEmpty() ? "a drill has no operator; approved " + after
                    : "the scenario's operator, " + after + ": " + String.join("; ", effects.stream().map(OperatorEffect::describe).toList()));
        };
    }

    /**
     * The drill's outcome once the run has ended. The verdict first waits (on the clock, at most
     * {@link #DNS_SETTLE_LIMIT}) until every DNS change has reached the resolvers, so that what
     * users see is judged; then it polls the end-state criteria, brings the world to that moment
     * and judges it with the playbook's objectives and criteria. The outcome is kept: asking
     * again (the run's last event, then its report) gives the same drill.
     */
    public synchronized DrillResult conclude(Playbook playbook, Map<String, Object> inputs, RunOptions options) {
        if (concluded == null) {
            concluded = judge(playbook, inputs, options);
        }
        return concluded;
    }

    private DrillResult judge(Playbook playbook, Map<String, Object> inputs, RunOptions options) {
        List<RunEvent> events = recorded.list();
        RunEvent.RunFinished run = events.stream().filter(RunEvent.RunFinished.class::isInstance).map(RunEvent.RunFinished.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the run has not finished"));
        settleDns();
        Instant start = run.at().minus(run.elapsed());
        EndStateChecks checks = new EndStateChecks(playbook, registry, clock, inputs, options);
        SimEvidence evidence = new SimEvidence(world, requests, checks, t -> DrillReport.offset(Duration.between(start, t)));
        List<CriterionResult> judged = CriteriaJudge.judge(playbook, events, evidence);
        world.advanceTo(clock.now());
        List<CriterionResult> health;
        synchronized (world) {
            health = WorldHealth.assess(world);
        }
        List<CriterionResult> lines = new ArrayList<>(judged.subList(0, 1));
        lines.addAll(health);
        lines.addAll(judged.subList(1, judged.size()));
        Verdict verdict = Verdict.of(lines);
        Duration recovery = evidence.recovery(start, run.at()).value();
        Duration loss = evidence.dataLoss().value();
        var objectives = playbook.objectives();
        return new DrillResult(playbook.metadata().name(), scenario.name(), seed, run, objectives == null ? null : objectives.rto(),
                objectives == null ? null : objectives.rpo(), phases(playbook, events), Timeline.of(events, world.events(), registry), verdict,
                recovery, loss, people, clock.now());
    }

    private void settleDns() {
        clock.enter();
        try {
            Instant limit = clock.now().plus(DNS_SETTLE_LIMIT);
            while (world.at(clock.now(), () -> world.route53().propagating()) && clock.now().isBefore(limit)) {
                clock.sleep(DNS_SETTLE_POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clock.exit();
        }
    }

    private static List<DrillResult.PhaseTime> phases(Playbook playbook, List<RunEvent> events) {
        List<DrillResult.PhaseTime> out = new ArrayList<>();
        for (Phase phase : playbook.phases()) {
            events.stream().filter(e -> e instanceof RunEvent.PhaseFinished f && f.phase().equals(phase.id()))
                    .map(RunEvent.PhaseFinished.class::cast).findFirst()
                    .ifPresent(f -> out.add(new DrillResult.PhaseTime(phase.id(), phase.title(), f.elapsed(), phase.budget(), f.ok())));
        }
        return out;
    }
}
