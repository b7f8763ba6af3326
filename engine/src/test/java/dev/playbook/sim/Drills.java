package dev.playbook.sim;

import dev.playbook.action.ActionRegistry;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Playbook;
import dev.playbook.sim.drill.DrillInputs;
import dev.playbook.sim.drill.DrillResult;
import dev.playbook.sim.drill.DrillRunner;
import dev.playbook.sim.scenario.Scenario;
import dev.playbook.sim.scenario.ScenarioLoader;
import dev.playbook.sim.world.WorldChoice;
import dev.playbook.sim.world.WorldLoader;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Drills of the repository's playbooks and scenarios, and of variants of them, for the sim tests. */
final class Drills {

    /** A Monday, 02:00 UTC: when the monthly drill runs. */
    static final Instant START = Instant.parse("2026-12-07T02:00:00Z");
    static final ActionRegistry REAL = ActionRegistry.discover();
    /** The Basecoat Portal world every shipped playbook is drilled in. */
    static final WorldChoice BASECOAT = new WorldChoice(WorldLoader.load(Repo.root().resolve("worlds/basecoat-portal.yaml")),
            "worlds/basecoat-portal.yaml");
    /** Scenarios read against the Basecoat world, whatever they name. */
    static final ScenarioLoader.Worlds IN_BASECOAT = named -> BASECOAT;

    private Drills() {
    }

    static Playbook playbook(String name) {
        return parse("playbooks/" + name + ".yaml", Repo.read(Repo.root().resolve("playbooks/" + name + ".yaml")));
    }

    /** The playbook's text changed by {@code edit}: a deliberately broken variant. */
    static Playbook variant(String name, java.util.function.UnaryOperator<String> edit) {
        String original = Repo.read(Repo.root().resolve("playbooks/" + name + ".yaml"));
        String changed = edit.apply(original);
        if (changed.equals(original)) {
            throw new AssertionError("the edit changed nothing in " + name);
        }
        return parse(name + "-variant.yaml", changed);
    }

    static Scenario scenario(String name) {
        return ScenarioLoader.load(Repo.root().resolve("scenarios/" + name + ".yaml"), IN_BASECOAT);
    }

    /** The scenario's text changed by {@code edit}. */
    static Scenario scenarioVariant(String name, java.util.function.UnaryOperator<String> edit) {
        String original = Repo.read(scenarioFile(name));
        String changed = edit.apply(original);
        if (changed.equals(original)) {
            throw new AssertionError("the edit changed nothing in scenario " + name);
        }
        return ScenarioLoader.load(name + "-variant.yaml", changed, IN_BASECOAT);
    }

    /** The names of the verdict's lines that failed. */
    static List<String> failed(DrillResult drill) {
        return drill.verdict().failures().stream().map(dev.playbook.verdict.CriterionResult::name).toList();
    }

    static DrillResult drill(Playbook playbook, Scenario scenario, long seed, String... inputs) {
        var bound = DrillInputs.bind(playbook, scenario, List.of(inputs));
        return new DrillRunner(REAL).run(playbook, scenario, bound.values(), seed, START);
    }

    private static Playbook parse(String file, String text) {
        LoadResult loaded = PlaybookLoader.load(file, text);
        if (!loaded.ok()) {
            throw new AssertionError(file + " does not load: " + loaded.diagnostics());
        }
        return loaded.playbook();
    }

    static Path scenarioFile(String name) {
        return Repo.root().resolve("scenarios/" + name + ".yaml");
    }
}
