package dev.playbook.sim.drill;

import dev.playbook.diag.Style;
import dev.playbook.model.Durations;
import dev.playbook.verdict.CriterionResult;
import dev.playbook.verdict.VerdictTable;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
        people(drill);
        criteria(drill);
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
        estimates(stats);
        Map<String, List<Long>> failures = new LinkedHashMap<>();
        for (DrillResult d : drills) {
            d.verdict().failures().stream().findFirst().ifPresent(c -> failures.computeIfAbsent(reason(d, c), k -> new ArrayList<>()).add(d.seed()));
        }
        failures.forEach((reason, seeds) -> out.println(style.red("  failed     " + seeds.size() + " × " + reason)
                + style.dim("  (seeds " + String.join(", ", seeds.stream().limit(5).map(String::valueOf).toList())
                + (seeds.size() > 5 ? ", ..." : "") + ")")));
        out.println(style.dim(String.format(Locale.ROOT, "  wall time  %.2f s for %d drills (%.0f ms each)", wall.toNanos() / 1e9,
                drills.size(), wall.toNanos() / 1e6 / drills.size())));
        out.println();
        criteriaTally(drills);
        out.println();
        out.println(stats.passed() == stats.runs()
                ? style.green("Verdict: PASS") + " — every drill met every criterion"
                : style.red("Verdict: FAIL") + " — " + (stats.runs() - stats.passed()) + " of " + stats.runs()
                        + " drills failed a criterion; replay one with: playbook run FILE --simulate --scenario F --seed N");
        out.flush();
    }

    /** Each line of the verdict: what it requires, what was measured, and what that rests on. */
    private void criteria(DrillResult drill) {
        out.println(style.bold("Criteria") + style.dim(" (judged once DNS changes reached the resolvers)"));
        VerdictTable.print(out, style, drill.verdict());
    }

    private void people(DrillResult drill) {
        if (drill.people().isEmpty()) {
            return;
        }
        out.println(style.bold("People") + style.dim(" (response times at manual steps, simulated)"));
        out.println("  " + drill.people().size() + " manual steps answered in " + shown(drill.humanTime()) + " in all"
                + (drill.recovery() == null ? "" : "; service restored after " + shown(drill.recovery()) + ", "
                + shown(drill.recovery().minus(drill.recoveryWithoutPeople())) + " of it waiting for people"));
        out.println();
    }

    /** Updated RTO/RPO estimates: what the drills measured against what the playbook declares. */
    private void estimates(DrillStats stats) {
        out.println(style.bold("  Updated RTO/RPO estimates") + style.dim(" (simulated)"));
        DrillStats.Spread r = stats.recovery();
        if (r.count() > 0) {
            out.println("    recovery   p50 " + shown(r.p50()) + " · p95 " + shown(r.p95()) + " · max " + shown(r.max())
                    + (stats.rto() == null ? "  (no RTO declared)" : "  (RTO " + Durations.format(stats.rto()) + ", p95 at "
                    + Math.round(100.0 * r.p95().toMillis() / Math.max(1, stats.rto().toMillis())) + "%)")
                    + style.dim("  service restored, passing runs"));
            DrillStats.Spread w = stats.recoveryWithoutPeople();
            out.println("    no people  p50 " + shown(w.p50()) + " · p95 " + shown(w.p95()) + " · max " + shown(w.max())
                    + style.dim("  the same without the time people took"));
            DrillStats.Spread b = stats.runbook();
            out.println("    runbook    p50 " + shown(b.p50()) + " · p95 " + shown(b.p95()) + " · max " + shown(b.max())
                    + style.dim("  the playbook from start to end"));
        } else {
            out.println("    recovery   not measured: no drill passed");
        }
        DrillStats.Spread loss = stats.dataLoss();
        if (loss.count() > 0) {
            out.println("    data loss  p50 " + shown(loss.p50()) + " · p95 " + shown(loss.p95()) + " · max " + shown(loss.max())
                    + (stats.rpo() == null ? "  (no RPO declared)" : "  (RPO " + Durations.format(stats.rpo()) + ")")
                    + style.dim("  writes lost, " + loss.count() + " of " + stats.runs() + " runs measured"));
        } else {
            out.println("    data loss  not measured in any run");
        }
    }

    /** How often each criterion held, when not all did. */
    private void criteriaTally(List<DrillResult> drills) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (DrillResult d : drills) {
            for (CriterionResult c : d.verdict().results()) {
                int[] counts = tally.computeIfAbsent(c.name(), k -> new int[2]);
                counts[c.passed() ? 0 : 1]++;
            }
        }
        out.println(style.bold("  Criteria") + style.dim(" (how many drills each held in)"));
        int width = tally.keySet().stream().mapToInt(String::length).max().orElse(0);
        tally.forEach((name, counts) -> out.println("    " + (counts[1] == 0 ? style.green("✓") : style.red("✗")) + " " + pad(name, width)
                + "  " + counts[0] + " of " + drills.size()));
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
            return style.green("Verdict: PASS") + " — " + drill.verdict().results().size() + " criteria met; service restored after "
                    + shown(drill.recovery()) + ", the playbook took " + took + " of simulated time; " + rto;
        }
        return style.red("Verdict: FAIL") + " — " + String.join("; ", drill.verdict().failures().stream().map(CriterionResult::name).toList())
                + " (" + took + " of simulated time; " + rto + ")";
    }

    /** What a failed drill is grouped under: the first criterion that failed, and where the run stopped. */
    private static String reason(DrillResult d, CriterionResult first) {
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
