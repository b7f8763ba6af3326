package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Reference;
import dev.playbook.lint.References;
import dev.playbook.lint.Rule;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Expression;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import dev.playbook.model.Var;
import java.util.Locale;
import java.util.Set;

/** A secret input interpolated into a URL or a shell command line. */
public final class SecretExposureRule extends Rule {

    private Set<String> secrets;

    @Override
    public String id() {
        return "secret-exposure";
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
        return "A secret input is interpolated into a URL or a shell command line.";
    }

    @Override
    public String documentation() {
        return "Inputs declared `secret: true` are redacted from output and the journal, but a URL ends up in proxy "
                + "and server logs, and a command line (`shell`'s `command` or `argv`) is visible to every user of "
                + "the machine in `ps`. Reported: a template reading a secret input — or a var computed from one — in "
                + "a value that is a URL (starts with http:// or https://, or sits under a key such as `url`, "
                + "`webhook` or `endpoint`) or in a shell command. Pass secrets in HTTP `headers` or `shell`'s `env` "
                + "instead.";
    }

    @Override
    public void begin() {
        secrets = Secrets.secretPaths(file().playbook());
        for (Var var : file().playbook().vars().values()) {
            check(var.name(), var.value(), false);
        }
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        if (call == null || call.with() == null || secrets.isEmpty()) {
            return;
        }
        boolean shell = "shell".equals(call.action());
        for (Value.Entry entry : call.with().entries()) {
            check(entry.key(), entry.value(), shell && (entry.key().equals("command") || entry.key().equals("argv")));
        }
    }

    private void check(String key, Value value, boolean commandLine) {
        if (value instanceof Value.Mapping mapping) {
            mapping.entries().forEach(e -> check(e.key(), e.value(), commandLine));
        } else if (value instanceof Value.Seq seq) {
            seq.items().forEach(item -> check(key, item, commandLine));
        } else if (value instanceof Value.Text text) {
            Template t = text.template();
            boolean url = urlKey(key) || t.raw().toLowerCase(Locale.ROOT).matches("^https?://.*");
            if (!url && !commandLine) {
                return;
            }
            for (Expression e : t.expressions()) {
                for (Reference ref : References.of(e)) {
                    if (ref.segment(0) != null && secrets.contains(ref.root() + "." + ref.segment(0))) {
                        report(file().pos(e, ref), "secret `" + ref.root() + "." + ref.segment(0) + "` is put into "
                                + (commandLine ? "a command line, which every user of the machine can read" : "a URL, which ends up in logs"),
                                commandLine ? "pass it in `env:` and use $NAME in the command" : "send it in a header instead");
                    }
                }
            }
        }
    }

    private static boolean urlKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.endsWith("url") || k.endsWith("uri") || k.contains("webhook") || k.contains("endpoint");
    }
}
