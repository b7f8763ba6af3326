package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Expression;
import dev.playbook.model.Steps;
import dev.playbook.model.Value;

/** A template inside a `shell` command string, where a value could be read as shell code. */
public final class ShellInjectionRule extends Rule {

    @Override
    public String id() {
        return "shell-injection";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return Categories.SAFETY;
    }

    @Override
    public String summary() {
        return "A `${...}` template inside a `shell` command string.";
    }

    @Override
    public String documentation() {
        return "An input such as `x; touch /tmp/p`, a step result or a var spliced into a shell command line would be "
                + "run as shell code. The runner never does that: it passes each value of a `command` template as a "
                + "positional parameter (`sh -c 'echo hello \"$1\"' sh VALUE`), so the value stays data. The rule still "
                + "reports the template, because the line then reads differently from what runs. Use `argv:` (one "
                + "list item per argument, no shell), or pass the value in `env:` and quote it in the command "
                + "(`\"$NAME\"`), or list it in `args:` and write `\"$1\"`.";
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        if (call == null || !"shell".equals(call.action()) || call.with() == null
                || !(call.with().get("command") instanceof Value.Text command)) {
            return;
        }
        for (Expression e : command.template().expressions()) {
            report(e.pos(), "`${" + e.source() + "}` is inside a shell command string, where its value could be read as shell code",
                    "use `argv: [...]` with the value as its own item, or pass it in `env:` and write \"$NAME\" in the command");
        }
    }
}
