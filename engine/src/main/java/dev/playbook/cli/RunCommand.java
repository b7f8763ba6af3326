package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Suggest;
import dev.playbook.load.InputBinder;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.plan.PlanPrinter;
import dev.playbook.run.Approver;
import dev.playbook.run.Controller;
import dev.playbook.run.JournalSink;
import dev.playbook.run.Provenance;
import dev.playbook.run.RunOptions;
import dev.playbook.run.SystemClock;
import dev.playbook.sim.drill.Simulation;
import dev.playbook.sim.scenario.Scenario;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Run a playbook: live progress, and a summary at the end.%n"
        + "Exit 0 when it succeeds, 1 when a step fails, 2 for an invalid playbook or arguments, 3 when the operator aborts.%n"
        + "With --simulate: exit 0 for a PASS verdict, 1 for a FAIL.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The playbook.")
    Path file;

    @Mixin
    InputOptions inputs;

    @Mixin
    ApprovalOptions approvals;

    @Option(names = "--start-at", paramLabel = "STEP", description = "Skip the steps before STEP (recorded as skipped).")
    String startAt;

    @Option(names = "--phase", paramLabel = "ID", description = "Run only this phase.")
    String phase;

    @Option(names = "--dry-run", description = "Resolve and print every step without calling any action.")
    boolean dryRun;

    @Option(names = "--step", description = "Ask before each step, as Ansible's --step does: yes, no (skip it), continue without asking, or abort.")
    boolean step;

    @Mixin
    OutputOption output;

    @Mixin
    SeedOption seed;

    @Option(names = "--simulate", description = "Rehearse against the simulated AWS world on a virtual clock (no AWS account needed): "
            + "manual steps are approved by the simulator, and the run ends with a timeline and a verdict against the RTO.")
    boolean simulate;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--world", paramLabel = "F", description = "With --simulate: the world file (default: NAME.world.yaml beside the playbook, else the one under worlds/).")
    Path worldFile;

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile for credentials and region.")
    String profile;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Send every AWS call to this endpoint (LocalStack, moto); AWS_ENDPOINT_URL works too.")
    java.net.URI endpoint;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((scenario.file != null || worldFile != null) && !simulate) {
            err.println("error: " + (scenario.file != null ? "--scenario" : "--world") + " needs --simulate");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (simulate && (profile != null || endpoint != null)) {
            err.println("error: --profile and --endpoint choose how to reach AWS; a --simulate run never does");
            err.flush();
            return ExitCodes.USAGE;
        }
        Environment environment = DrillCommand.environment(inputs, file, err, standard.notes(err));
        if (inputs.env != null && environment == null) {
            return ExitCodes.USAGE;
        }
        ActionRegistry registry = simulate ? PlaybookCommand.actions(spec) : AwsAccess.registry(PlaybookCommand.actions(spec),
                profile != null || environment == null ? profile : environment.profile(),
                endpoint != null || environment == null ? endpoint : environment.endpoint(),
                environment == null ? null : environment.region());
        // A drill may fill inputs from its scenario, so missing ones are checked once it is chosen.
        RunSetup.Prepared prepared = RunSetup.prepare(file, playbook -> inputs.resolve(playbook, environment), registry, err,
                standard.notes(err), dryRun || simulate);
        if (prepared == null) {
            return ExitCodes.USAGE;
        }
        Playbook playbook = prepared.playbook();
        try {
            checkStepNames(playbook);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String environmentName = environment == null ? null : environment.name();
        if (dryRun) {
            return dryRun(playbook, prepared.inputs(), out);
        }
        if (simulate) {
            return simulate(playbook, registry, environment, out, err);
        }
        if (AwsAccess.usesAws(playbook) && !AwsAccess.preflight(registry, out, err)) {
            return ExitCodes.USAGE;
        }
        Approver interactive = System.console() == null ? null : new ConsoleApprover(terminalInput(), out);
        Approver approver = Approver.of(approvals.yes, new HashSet<>(approvals.steps), interactive);
        RunOptions options = new RunOptions(runId(), startAt, phase, seed.orRandom(), false, Map.of(), null, Provenance.local(contentHash()), null).inEnvironment(environmentName);
        return RunSession.execute(new RunSession.Setup(playbook, registry, prepared.inputs().values(), options, new SystemClock(),
                output.json(), standard.style(), approver, controller(out), List.of(), "aws"), out, err);
    }

    /** The run against the simulated world, then the drill's report; exit 0 only for a PASS. */
    private int simulate(Playbook playbook, ActionRegistry real, Environment environment, PrintWriter out, PrintWriter err) {
        Scenario chosen = DrillCommand.scenario(scenario.file, worldFile, file, playbook, err, standard.notes(err));
        Map<String, Object> values = DrillCommand.inputs(playbook, chosen, () -> inputs.resolve(playbook, environment), err);
        if (chosen == null || values == null) {
            return ExitCodes.USAGE;
        }
        long seedValue = seed.orRandom();
        DrillCommand.announceSeed(seedValue, standard.notes(err));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Simulation simulation = Simulation.start(chosen, seedValue, start, real);
        RunOptions options = new RunOptions(runId(), startAt, phase, seedValue, true).inEnvironment(environment == null ? null : environment.name());
        try {
            new SimulationRecord(scenario.file, worldFile, seedValue, start, startAt, phase)
                    .write(JournalSink.location(RunSession.stateDir(), options.runId()).getParent());
        } catch (IOException e) {
            err.println("warning: cannot keep the simulation beside the journal (" + e.getMessage() + "); this run cannot be resumed");
        }
        return SimulatedRun.execute(simulation, playbook, values, options, output.json(), standard.style(), controller(out),
                simulation.recorder(), out, err);
    }

    private int dryRun(Playbook playbook, InputBinder.Bound bound, PrintWriter out) {
        out.println("dry run: nothing is called; parameters that depend on step results or the clock are shown as written");
        out.println();
        PlanPrinter.masked(playbook, bound.values(), out).print(bound.values());
        return ExitCodes.OK;
    }

    private void checkStepNames(Playbook playbook) {
        List<String> ids = playbook.allSteps().stream().map(Step::id).toList();
        if (startAt != null && !ids.contains(startAt)) {
            throw new IllegalArgumentException("--start-at: no step `" + startAt + "`" + Suggest.didYouMean(startAt, ids));
        }
        List<String> phases = playbook.phases().stream().map(Phase::id).toList();
        if (phase != null && !phases.contains(phase)) {
            throw new IllegalArgumentException("--phase: no phase `" + phase + "`" + Suggest.didYouMean(phase, phases)
                    + "; phases: " + String.join(", ", phases));
        }
        for (String step : approvals.steps) {
            if (!ids.contains(step)) {
                throw new IllegalArgumentException("--approve: no step `" + step + "`" + Suggest.didYouMean(step, ids));
            }
        }
    }

    /** The playbook's SHA-256 for the journal; it was just read, so a failure here is a race worth no more than a missing hash. */
    private String contentHash() {
        try {
            return Provenance.hashOf(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** With --step, the operator is asked before each step; otherwise everything runs. */
    private Controller controller(PrintWriter out) {
        return step ? new StepPrompt(terminalInput(), out) : Controller.AUTOMATIC;
    }

    private static BufferedReader terminalInput() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    static String runId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }
}
