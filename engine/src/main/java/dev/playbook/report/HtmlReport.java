package dev.playbook.report;

import dev.playbook.model.Durations;
import java.time.Duration;
import java.util.Locale;

/**
 * The report as one self-contained HTML file: inline CSS and an inline SVG Gantt chart of phases
 * (with their budgets) and steps against the RTO line; no script, no external asset, and a
 * Content-Security-Policy that forbids fetching anything, so it opens offline and attached to a
 * ticket.
 */
final class HtmlReport {

    private static final int WIDTH = 1000;
    private static final int LABEL = 240;
    private static final int ROW = 22;
    private static final int AXIS = 24;

    private HtmlReport() {
    }

    static String render(RunReport r) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc("Incident report: " + r.playbook() + " " + r.runId())).append("</title>\n<style>\n")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0 20px}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}")
                .append(".succeeded{fill:#2e7d32}.failed,.unknown{fill:#c62828}.skipped{fill:#9e9e9e}.running{fill:#f9a825}")
                .append(".phase{fill:#1565c0}.over_budget{fill:#ef6c00}.budget{fill:none;stroke:#1565c0;stroke-dasharray:4 3}")
                .append(".rto{stroke:#c62828;stroke-width:2}.label{font-size:12px}.axis{stroke:#999}\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc("Incident report: " + r.playbook())).append("</h1>\n<table>\n");
        Facts.of(r).forEach(f -> out.append("<tr><th>").append(esc(f.label())).append("</th><td>").append(esc(f.value())).append("</td></tr>\n"));
        out.append("</table>\n<h2>Gantt</h2>\n").append(svg(Gantt.of(r)));
        out.append("<h2>Timeline</h2>\n<table>\n<tr><th>T+</th><th>what happened</th></tr>\n");
        r.timeline().forEach(e -> out.append("<tr><td>").append(Facts.offset(e.at())).append("</td><td>").append(esc(e.what())).append("</td></tr>\n"));
        out.append("</table>\n<h2>Phases</h2>\n<table>\n<tr><th>phase</th><th>started</th><th>took</th><th>budget</th><th></th></tr>\n");
        for (RunReport.PhaseRow p : r.phases()) {
            out.append("<tr><td>").append(esc(p.id())).append("</td><td>").append(Facts.offset(p.start())).append("</td><td>")
                    .append(Facts.duration(p.start(), p.end())).append("</td><td>").append(p.budget() == null ? "" : Durations.format(p.budget()))
                    .append("</td><td>").append(p.overBudget() ? "over budget" : "").append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Steps</h2>\n<table>\n<tr><th>step</th><th>phase</th><th>status</th><th>started</th><th>took</th>")
                .append("<th>attempts</th><th>retries</th><th>polls</th><th>last observed / error</th></tr>\n");
        for (RunReport.StepRow s : r.steps()) {
            out.append("<tr><td>").append(esc(s.id())).append("</td><td>").append(esc(s.phase())).append("</td><td>").append(esc(s.status()))
                    .append("</td><td>").append(Facts.offset(s.start())).append("</td><td>").append(Facts.duration(s.start(), s.end()))
                    .append("</td><td>").append(s.attempts()).append("</td><td>").append(s.retries()).append("</td><td>").append(s.polls())
                    .append("</td><td>").append(esc(s.error() != null ? s.error() : s.lastObserved() == null ? "" : s.lastObserved()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (!r.approvals().isEmpty()) {
            out.append("<h2>Approvals</h2>\n<table>\n<tr><th>step</th><th>T+</th><th>decision</th><th>who</th><th>how</th></tr>\n");
            r.approvals().forEach(a -> out.append("<tr><td>").append(esc(a.step())).append("</td><td>").append(Facts.offset(a.at()))
                    .append("</td><td>").append(a.approved() ? "approved" : "not approved").append("</td><td>")
                    .append(esc(a.who() == null ? "" : a.who())).append("</td><td>").append(esc(a.how() == null ? "" : a.how()))
                    .append("</td></tr>\n"));
            out.append("</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String svg(Gantt gantt) {
        int height = AXIS + gantt.rows().size() * ROW + 8;
        StringBuilder out = new StringBuilder("<svg id=\"gantt\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\">\n");
        out.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(AXIS - 4).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(AXIS - 4).append("\"/>\n");
        for (int i = 0; i <= 4; i++) {
            Duration tick = gantt.scale().multipliedBy(i).dividedBy(4);
            out.append("<text class=\"label\" x=\"").append(x(gantt, tick) - (i == 4 ? 60 : 0)).append("\" y=\"14\">")
                    .append(Facts.offset(tick)).append("</text>\n");
        }
        int y = AXIS;
        for (Gantt.Row row : gantt.rows()) {
            out.append("<text class=\"label\" x=\"").append(row.phase() ? 4 : 16).append("\" y=\"").append(y + 15).append("\"")
                    .append(row.phase() ? " font-weight=\"bold\"" : "").append(">").append(esc(row.label())).append("</text>\n");
            if (row.budget() != null) {
                out.append(rect("budget", x(gantt, row.start()), y + 2, width(gantt, row.start(), row.start().plus(row.budget())), ROW - 4,
                        "budget " + Durations.format(row.budget())));
            }
            out.append(rect("bar " + row.status().toLowerCase(Locale.ROOT), x(gantt, row.start()), y + 4,
                    width(gantt, row.start(), row.end()), ROW - 8, row.label() + ": " + row.status() + ", "
                            + Facts.offset(row.start()) + " to " + Facts.offset(row.end())));
            y += ROW;
        }
        if (gantt.rto() != null) {
            int x = x(gantt, gantt.rto());
            out.append("<line class=\"rto\" x1=\"").append(x).append("\" y1=\"").append(AXIS - 8).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height).append("\"><title>RTO ").append(Durations.format(gantt.rto())).append("</title></line>\n");
        }
        return out.append("</svg>\n").toString();
    }

    private static String rect(String cls, int x, int y, int w, int h, String title) {
        return "<rect class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\"><title>"
                + esc(title) + "</title></rect>\n";
    }

    private static int x(Gantt gantt, Duration at) {
        return LABEL + (int) ((WIDTH - LABEL - 4) * (double) at.toMillis() / gantt.scale().toMillis());
    }

    /** At least two pixels, so a step of a few milliseconds is still drawn. */
    private static int width(Gantt gantt, Duration start, Duration end) {
        return Math.max(2, x(gantt, end) - x(gantt, start));
    }

    private static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
