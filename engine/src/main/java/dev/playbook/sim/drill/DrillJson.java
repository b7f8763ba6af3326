package dev.playbook.sim.drill;

import dev.playbook.run.EventJson;
import dev.playbook.run.RunEvent;
import dev.playbook.verdict.CriterionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drills for machines ({@code drill --output json}), one JSON object per line: a {@code drill}
 * line per run (seed, how it ended, what the objectives measured, its verdict's lines); with
 * several runs a {@code drill_summary} (pass rate, p50/p95/max); and last the {@code verdict}
 * event, the same shape as the last line of {@code run --simulate --output json}. Over several
 * runs each line of that verdict says in how many drills the criterion held.
 */
public final class DrillJson {

    private DrillJson() {
    }

    public static List<String> lines(List<DrillResult> drills) {
        List<String> out = new ArrayList<>();
        for (DrillResult drill : drills) {
            out.add(EventJson.line(drill(drill)));
        }
        if (drills.size() == 1) {
            DrillResult only = drills.get(0);
            out.add(EventJson.line(only.verdict().event(only.judged(), false)));
            return out;
        }
        out.add(EventJson.line(summary(DrillStats.of(drills))));
        out.add(EventJson.line(verdict(drills)));
        return out;
    }

    private static Map<String, Object> drill(DrillResult drill) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "drill");
        line.put("playbook", drill.playbook());
        line.put("scenario", drill.scenario());
        line.put("seed", drill.seed());
        line.put("status", EventJson.plain(drill.run().status()));
        line.put("failed_step", drill.run().failedStep());
        line.put("elapsed", shown(drill.run().elapsed()));
        line.put("recovery", shown(drill.recovery()));
        line.put("data_loss", shown(drill.dataLoss()));
        line.put("rto", shown(drill.rto()));
        line.put("rpo", shown(drill.rpo()));
        line.put("verdict", drill.verdict().outcome(false).key());
        line.put("criteria", drill.verdict().results().stream().map(CriterionResult::line).toList());
        return line;
    }

    private static Map<String, Object> summary(DrillStats stats) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "drill_summary");
        line.put("runs", stats.runs());
        line.put("passed", stats.passed());
        line.put("pass_rate", stats.passRate());
        line.put("recovery", spread(stats.recovery()));
        line.put("recovery_without_people", spread(stats.recoveryWithoutPeople()));
        line.put("runbook", spread(stats.runbook()));
        line.put("data_loss", spread(stats.dataLoss()));
        line.put("rto", shown(stats.rto()));
        line.put("rpo", shown(stats.rpo()));
        return line;
    }

    /** Every criterion over all drills, in the order of the first drill's verdict: held in how many, failed with which seeds. */
    private static RunEvent.Verdict verdict(List<DrillResult> drills) {
        Map<String, List<CriterionResult>> byName = new LinkedHashMap<>();
        Map<String, List<Long>> failedSeeds = new LinkedHashMap<>();
        Instant last = drills.get(0).judged();
        for (DrillResult drill : drills) {
            last = drill.judged().isAfter(last) ? drill.judged() : last;
            for (CriterionResult line : drill.verdict().results()) {
                byName.computeIfAbsent(line.name(), k -> new ArrayList<>()).add(line);
                if (!line.passed()) {
                    failedSeeds.computeIfAbsent(line.name(), k -> new ArrayList<>()).add(drill.seed());
                }
            }
        }
        List<RunEvent.Verdict.Criterion> criteria = new ArrayList<>();
        byName.forEach((name, lines) -> {
            List<Long> failed = failedSeeds.getOrDefault(name, List.of());
            int held = lines.size() - failed.size();
            criteria.add(new RunEvent.Verdict.Criterion(name, lines.get(0).limit(), "held in " + held + " of " + drills.size() + " drills",
                    failed.isEmpty() ? "pass" : "fail", failed.isEmpty() ? "" : "failed with seeds "
                    + String.join(", ", failed.stream().map(String::valueOf).toList())));
        });
        return new RunEvent.Verdict(last, drills.stream().allMatch(d -> d.verdict().passed()) ? "pass" : "fail", criteria);
    }

    private static Map<String, Object> spread(DrillStats.Spread spread) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", spread.count());
        out.put("p50", shown(spread.p50()));
        out.put("p95", shown(spread.p95()));
        out.put("max", shown(spread.max()));
        return out;
    }

    private static String shown(Duration d) {
        return d == null ? null : DrillReport.shown(d);
    }
}
