package dev.playbook.sim.drill;

import dev.playbook.model.Durations;
import dev.playbook.progress.Style;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints drills for people: one drill as timeline, phases and verdict; many as pass rate and recovery times. */
public final class DrillReport {

    private final PrintWriter out;
    private final Style style;

    public DrillReport(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** {@code wall} is how long the drill took on the wall clock, or null when not measured. */
    public void one(DrillResult drill, Duration wall) {
        out.println(style.bold("Drill " + drill.playbook() + " · scenario " + drill.scenario() + " · seed " + drill.seed()));
        out.println();
        out.println(style.bold("Timeline") + style.dim(" (simulated time)"));
        for (DrillResult.Moment m : drill.timeline()) {
            out.println("  " + style.dim(offset(m.at())) + "  " + m.mark() + " " + m.text());
        }
        out.println();
        phases(drill.phases());
        out.println();
        out.println(style.bold("Checks at the end") + style.dim(" (" + offset(drill.run().elapsed()) + ")"));
        int width = drill.verdict().checks().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Check check : drill.verdict().checks()) {
            out.println("  " + (check.passed() ? style.green("✓") : style.red("✗")) + " " + pad(check.name(), width) + "  " + check.detail());
        }
        out.println();
        out.println(verdict(drill) + (wall == null ? "" : style.dim(String.format(Locale.ROOT, " (%.2f s of wall time)", wall.toNanos() / 1e9))));
        out.flush();
    }

    public void many(List<DrillResult> drills, Duration wall) {
        DrillResult first = drills.get(0);
        DrillStats stats = DrillStats.of(drills);
        out.println(style.bold("Drills " + first.playbook() + " · scenario " + first.scenario() + " · " + drills.size() + " runs, seeds "
                + first.seed() + ".." + drills.get(drills.size() - 1).seed()));
        out.println(String.format(Locale.ROOT, "  passed     %d of %d (%.0f%%)", stats.passed(), stats.runs(), stats.passRate() * 100));
        if (stats.p50() != null) {
            out.println("  recovery   p50 " + shown(stats.p50()) + " · p95 " + shown(stats.p95()) + " · max " + shown(stats.max())
                    + (stats.rto() == null ? "" : "  (RTO " + Durations.format(stats.rto()) + ", p95 at "
                    + Math.round(100.0 * stats.p95().toMillis() / stats.rto().toMillis()) + "%)") + style.dim("  simulated, passing runs"));
        }
        Map<String, List<Long>> failures = new LinkedHashMap<>();
        for (DrillResult d : drills) {
            d.verdict().failures().stream().findFirst().ifPresent(c -> failures.computeIfAbsent(reason(d, c), k -> new java.util.ArrayList<>()).add(d.seed()));
        }
        failures.forEach((reason, seeds) -> out.println(style.red("  failed     " + seeds.size() + " × " + reason)
                + style.dim("  (seeds " + String.join(", ", seeds.stream().limit(5).map(String::valueOf).toList())
                + (seeds.size() > 5 ? ", ..." : "") + ")")));
        out.println(style.dim(String.format(Locale.ROOT, "  wall time  %.2f s for %d drills (%.0f ms each)", wall.toNanos() / 1e9,
                drills.size(), wall.toNanos() / 1e6 / drills.size())));
        out.println();
        out.println(stats.passed() == stats.runs()
                ? style.green("Verdict: PASS") + " — every drill recovered within the RTO"
                : style.red("Verdict: FAIL") + " — " + (stats.runs() - stats.passed()) + " of " + stats.runs()
                        + " drills did not recover; replay one with: playbook run FILE --simulate --scenario F --seed N");
        out.flush();
    }

    private void phases(List<DrillResult.PhaseTime> phases) {
        int idWidth = Math.max(5, phases.stream().mapToInt(p -> p.id().length()).max().orElse(0));
        out.println(style.bold(pad("Phases", idWidth + 2)) + String.format("  %10s  %8s", "simulated", "budget"));
        for (DrillResult.PhaseTime p : phases) {
            String budget = p.budget() == null ? "-" : Durations.format(p.budget());
            String status = !p.completed() ? style.red("stopped") : p.overBudget() ? style.yellow("over budget") : style.green("ok");
            out.println("  " + pad(p.id(), idWidth) + String.format("  %10s  %8s  ", shown(p.elapsed()), budget) + status
                    + (p.title() == null ? "" : style.dim("  " + p.title())));
        }
    }

    private String verdict(DrillResult drill) {
        String took = shown(drill.run().elapsed());
        String rto = drill.rto() == null ? "no RTO declared" : "RTO " + Durations.format(drill.rto());
        if (drill.verdict().passed()) {
            return style.green("Verdict: PASS") + " — recovered in " + took + " of simulated time; " + rto;
        }
        return style.red("Verdict: FAIL") + " — " + String.join("; ", drill.verdict().failures().stream().map(Check::name).toList())
                + " (" + took + " of simulated time; " + rto + ")";
    }

    /** What a failed drill is grouped under: the first criterion that failed, and where the run stopped. */
    private static String reason(DrillResult d, Check first) {
        return first.name() + (d.run().failedStep() == null ? "" : " (stopped at " + d.run().failedStep() + ")");
    }

    static String shown(Duration d) {
        return Durations.format(d.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code T+01:02:03}, or {@code T-00:05:00} before the run started. */
    static String offset(Duration d) {
        long s = Math.abs(d.getSeconds());
        return String.format("T%s%02d:%02d:%02d", d.isNegative() ? "-" : "+", s / 3600, (s / 60) % 60, s % 60);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
