package dev.playbook.lint;

import java.util.List;

/**
 * The rules reference in docs/lint-rules.md, generated from the rule classes so the two cannot
 * drift; a test compares the file with this output ({@code playbook lint --rules-markdown}).
 */
public final class RulesMarkdown {

    public static final String BEGIN = "<!-- BEGIN GENERATED: playbook lint --rules-markdown -->";
    public static final String END = "<!-- END GENERATED -->";

    private RulesMarkdown() {
    }

    public static String render(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        out.append("| Rule | Severity | Finds |\n|---|---|---|\n");
        for (String category : Categories.ORDER) {
            for (Rule rule : rules) {
                if (rule.category().equals(category)) {
                    out.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                            .append(rule.severity().label()).append(" | ").append(rule.summary()).append(" |\n");
                }
            }
        }
        for (String category : Categories.ORDER) {
            out.append("\n## ").append(Character.toUpperCase(category.charAt(0))).append(category.substring(1)).append('\n');
            for (Rule rule : rules) {
                if (rule.category().equals(category)) {
                    out.append("\n### ").append(rule.id()).append("\n\n")
                            .append("*").append(rule.severity().label()).append("* — ").append(rule.summary()).append("\n\n")
                            .append(rule.documentation()).append('\n');
                }
            }
        }
        out.append("\n## Loader checks\n\n")
                .append("Reported before any rule, under the loader's ids (the same as `playbook validate`). A file with one of "
                        + "these has no model to lint, so lint stops there for that file. They are always errors and cannot be "
                        + "configured or suppressed.\n\n")
                .append("| Id | Finds |\n|---|---|\n");
        for (String[] check : LoaderChecks.DESCRIBED) {
            out.append("| `").append(check[0]).append("` | ").append(check[1]).append(" |\n");
        }
        return out.toString();
    }
}
