package dev.playbook.cli;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.PlaybookException;
import dev.playbook.load.InputBinder;
import dev.playbook.model.Playbook;
import dev.playbook.sim.drill.DrillInputs;
import dev.playbook.sim.drill.DrillJson;
import dev.playbook.sim.drill.JunitReport;
import dev.playbook.sim.drill.DrillReport;
import dev.playbook.sim.drill.DrillResult;
import dev.playbook.sim.drill.DrillRunner;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "drill", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Rehearse a playbook against the simulated AWS world, once or many times with different seeds.%n"
        + "One run prints its timeline, phases and verdict; --runs N prints the pass rate and p50/p95 recovery time against the RTO.%n"
        + "--output json prints a line per drill and the verdict last; --junit FILE writes the criteria as a JUnit test report for CI.%n"
        + "Exit 0 when every drill passes, 1 when one fails, 2 for an invalid playbook, scenario or arguments or an unwritable report.")
final class DrillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The playbook.")
    Path file;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--world", paramLabel = "F", description = "World file (default: NAME.world.yaml beside the playbook, else the one under worlds/).")
    Path worldFile;

    @Option(names = "--runs", paramLabel = "N", description = "Drills to run, with seeds N, N+1, ... (default 1).")
    int runs = 1;

    @Mixin
    SeedOption seed;

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputOption output;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the drills as JUnit XML for CI test reports: a test suite per run, a test case per criterion.")
    Path junit;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("error: --runs must be at least 1");
            err.flush();
            return ExitCodes.USAGE;
        }
        ActionRegistry real = PlaybookCommand.actions(spec);
        RunSetup.Prepared prepared = RunSetup.prepare(file, playbook -> List.of(), real, err, standard.notes(err), true);
        if (prepared == null) {
            return ExitCodes.USAGE;
        }
        Playbook playbook = prepared.playbook();
        Scenario chosen = scenario(scenario.file, worldFile, file, playbook, err, standard.notes(err));
        Environment environment = DrillCommand.environment(inputs, file, err, standard.notes(err));
        if (inputs.env != null && environment == null) {
            return ExitCodes.USAGE;
        }
        Map<String, Object> values = inputs(playbook, chosen, () -> inputs.resolve(playbook, environment), err);
        if (chosen == null || values == null) {
            return ExitCodes.USAGE;
        }
        long first = seed.orRandom();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DrillRunner runner = new DrillRunner(real);
        DrillReport report = new DrillReport(out, standard.style());
        long began = System.nanoTime();
        List<DrillResult> results = runs == 1 ? List.of(runner.run(playbook, chosen, values, first, start))
                : runner.runMany(playbook, chosen, values, first, runs, start);
        Duration wall = Duration.ofNanos(System.nanoTime() - began);
        if (output.json()) {
            DrillJson.lines(results).forEach(out::println);
            out.flush();
        } else if (runs == 1) {
            report.one(results.get(0), wall);
        } else {
            report.many(results, wall);
        }
        if (junit != null && !writeJunit(results, chosen, err)) {
            return ExitCodes.USAGE;
        }
        return results.stream().allMatch(r -> r.verdict().passed()) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private boolean writeJunit(List<DrillResult> results, Scenario chosen, PrintWriter err) {
        try {
            Files.writeString(junit, JunitReport.of(results, file.toString(), chosen.file()));
            standard.notes(err).println("junit: " + junit);
            standard.notes(err).flush();
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the JUnit report " + junit + ": " + e.getMessage());
            err.flush();
            return false;
        }
    }

    /**
     * The scenario to drill with, and its world, announced on {@code err}; null after printing why it
     * cannot be used. Run, drill and debug all choose here, so a scenario is always checked against
     * the world and the playbook it meets.
     */
    static Scenario scenario(Path explicit, Path world, Path playbookFile, Playbook playbook, PrintWriter err, PrintWriter notes) {
        try {
            ScenarioFinder.Choice choice = ScenarioFinder.choose(explicit, world, playbookFile, playbook,
                    warning -> err.println("warning: " + warning));
            notes.println("world: " + choice.scenario().world().file().name() + " (" + choice.scenario().world().how() + ")");
            notes.println("scenario: " + choice.scenario().name() + " (" + choice.how() + ")");
            notes.flush();
            return choice.scenario();
        } catch (PlaybookException e) {
            // A matched scenario can be refused too (it does not fit the playbook): name the file the errors are in.
            String file = e.diagnostics().get(0).pos().file();
            Reporter.print(e.diagnostics(), err);
            err.println(file + ": " + e.diagnostics().size() + (e.diagnostics().size() == 1 ? " error" : " errors") + "; nothing was run");
            err.flush();
            return null;
        }
    }

    /** The drill's input values, or null after printing why they do not bind. */
    static Map<String, Object> inputs(Playbook playbook, Scenario scenario, Supplier<List<String>> given, PrintWriter err) {
        if (scenario == null) {
            return null;
        }
        try {
            InputBinder.Bound bound = DrillInputs.bind(playbook, scenario, given.get());
            if (!bound.missing().isEmpty()) {
                err.println("error: missing required input" + (bound.missing().size() == 1 ? " " : "s ") + String.join(", ", bound.missing())
                        + "; pass -i " + bound.missing().get(0) + "=VALUE or set it in the scenario's inputs");
                err.flush();
                return null;
            }
            return bound.values();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** The environment of --env, announced on {@code notes}; null without --env or after printing why it cannot be read. */
    static Environment environment(InputOptions inputs, Path playbook, PrintWriter err, PrintWriter notes) {
        try {
            Environment environment = inputs.environment(playbook);
            if (environment != null) {
                notes.println(environment.describe());
                notes.flush();
            }
            return environment;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** How to replay a drill: its seed, on the notes stream. */
    static void announceSeed(long seed, PrintWriter notes) {
        notes.println("seed: " + seed + " (--seed " + seed + " replays this drill)");
        notes.flush();
    }
}
