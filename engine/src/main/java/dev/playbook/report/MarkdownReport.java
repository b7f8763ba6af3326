package dev.playbook.report;

import dev.playbook.model.Durations;

/** The report as Markdown, with a Mermaid gantt block of phases and steps (GitHub renders it). */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(RunReport r) {
        StringBuilder out = new StringBuilder("# Incident report: " + r.playbook() + "\n\n");
        Facts.of(r).forEach(f -> out.append("- **").append(f.label()).append(":** ").append(cell(f.value())).append('\n'));
        out.append("\n## Timeline\n\n| T+ | what happened |\n|---|---|\n");
        r.timeline().forEach(e -> out.append("| ").append(Facts.offset(e.at())).append(" | ").append(cell(e.what())).append(" |\n"));
        out.append("\n## Phases\n\n| phase | started | took | budget | |\n|---|---|---|---|---|\n");
        for (RunReport.PhaseRow p : r.phases()) {
            out.append("| ").append(p.id()).append(" | ").append(Facts.offset(p.start())).append(" | ").append(Facts.duration(p.start(), p.end()))
                    .append(" | ").append(p.budget() == null ? "" : Durations.format(p.budget())).append(" | ")
                    .append(p.overBudget() ? "over budget" : "").append(" |\n");
        }
        out.append("\n## Steps\n\n| step | phase | status | started | took | attempts | retries | polls | last observed / error |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (RunReport.StepRow s : r.steps()) {
            out.append("| ").append(s.id()).append(" | ").append(s.phase()).append(" | ").append(s.status()).append(" | ")
                    .append(Facts.offset(s.start())).append(" | ").append(Facts.duration(s.start(), s.end())).append(" | ")
                    .append(s.attempts()).append(" | ").append(s.retries()).append(" | ").append(s.polls()).append(" | ")
                    .append(cell(s.error() != null ? s.error() : s.lastObserved() == null ? "" : s.lastObserved())).append(" |\n");
        }
        if (!r.approvals().isEmpty()) {
            out.append("\n## Approvals\n\n| step | T+ | decision | who | how |\n|---|---|---|---|---|\n");
            r.approvals().forEach(a -> out.append("| ").append(a.step()).append(" | ").append(Facts.offset(a.at())).append(" | ")
                    .append(a.approved() ? "approved" : "not approved").append(" | ").append(cell(a.who() == null ? "" : a.who()))
                    .append(" | ").append(cell(a.how() == null ? "" : a.how())).append(" |\n"));
        }
        out.append("\n## Gantt\n\n```mermaid\ngantt\n    title ").append(mermaid(r.playbook())).append(" run ").append(r.runId())
                .append("\n    dateFormat X\n    axisFormat %H:%M:%S\n");
        String section = null;
        int n = 0;
        for (Gantt.Row row : Gantt.of(r).rows()) {
            if (!row.section().equals(section)) {
                section = row.section();
                out.append("    section ").append(mermaid(section)).append('\n');
            }
            String tag = row.phase() ? "active, " : "failed".equals(row.status()) || "unknown".equals(row.status()) ? "crit, " : "done, ";
            long start = row.start().getSeconds();
            long end = Math.max(start + 1, row.end().getSeconds());
            out.append("    ").append(mermaid(row.label())).append(" :").append(tag).append("r").append(n++).append(", ")
                    .append(start).append(", ").append(end).append('\n');
        }
        out.append("```\n");
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private static String mermaid(String text) {
        return text.replaceAll("[:#;\\n]", " ");
    }
}
