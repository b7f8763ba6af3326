package dev.playbook.lint.rules;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Severity;
import dev.playbook.export.Export;
import dev.playbook.export.StepFunctionsExporter;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.model.Input;
import java.util.LinkedHashMap;
import java.util.Map;

/** What `playbook export --target stepfunctions` cannot express; runs with `lint --profile stepfunctions`. */
public final class StepFunctionsExportRule extends Rule {

    public static final String PROFILE = "stepfunctions";

    @Override
    public String id() {
        return "export-stepfunctions";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.ACTIONS;
    }

    @Override
    public String profile() {
        return PROFILE;
    }

    @Override
    public String summary() {
        return "A construct that `playbook export --target stepfunctions` cannot express (only with `--profile stepfunctions`).";
    }

    @Override
    public String documentation() {
        return "Teams that deploy their playbooks as AWS Step Functions state machines want to know in the pull request, "
                + "not at deploy time, that a step will not survive the export: a shell step (a state machine has no "
                + "operator's machine), a call in another region than the state machine's, a secret input (it would sit in "
                + "the execution history), retry_if, or an expression with no JSONata meaning such as run.elapsed. "
                + "`lint --profile stepfunctions` runs exactly the export's checks and reports each with its position and "
                + "what to write instead; docs/export.md lists the mapping.";
    }

    @Override
    public void end() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (Input input : file().playbook().inputs().values()) {
            if (input.defaultValue() != null) {
                defaults.put(input.name(), input.defaultValue());
            }
        }
        Export export = StepFunctionsExporter.export(file().playbook(), defaults, file().actions());
        for (Diagnostic problem : export.problems()) {
            report(problem.pos(), problem.message(), problem.hint());
        }
    }
}
