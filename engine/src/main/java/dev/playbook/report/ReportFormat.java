package dev.playbook.report;

/** The formats of {@code playbook report}. */
public enum ReportFormat {
    md, html, json;

    public String render(RunReport report) {
        return switch (this) {
            case md -> MarkdownReport.render(report);
            case html -> HtmlReport.render(report);
            case json -> ReportJson.render(report);
        };
    }
}
