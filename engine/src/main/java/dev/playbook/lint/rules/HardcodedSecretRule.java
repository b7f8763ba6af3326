package dev.playbook.lint.rules;

import dev.playbook.diag.Severity;
import dev.playbook.lint.Categories;
import dev.playbook.lint.Rule;
import dev.playbook.lint.SourceIndex;
import dev.playbook.lint.StepSite;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Input;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import dev.playbook.model.Var;
import java.util.regex.Matcher;

/** Credentials written into the playbook. */
public final class HardcodedSecretRule extends Rule {

    @Override
    public String id() {
        return "hardcoded-secret";
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
        return "A secret is written into the playbook: an AWS access key id, or a literal password, token or key.";
    }

    @Override
    public String documentation() {
        return "Playbooks live in Git and are read in pull requests, so a secret in one is a leaked secret. Reported: "
                + "text that looks like an AWS access key id (`AKIA...`, `ASIA...`) anywhere in `with:`, vars or input "
                + "defaults; a literal value under a key or var whose name says secret (password, passwd, secret, "
                + "token, api_key, private_key, access_key, credential — but not ids, ARNs or names of secrets, nor "
                + "AWS's ClientToken and NextToken); and a default on an input declared `secret: true`. Declare an "
                + "input with `secret: true` and give it at run time instead; it is never printed or journaled.";
    }

    @Override
    public void begin() {
        for (Input input : file().playbook().inputs().values()) {
            if (input.defaultValue() == null) {
                continue;
            }
            SourcePos at = file().index().entry("inputs", input.name(), "default").map(SourceIndex.Entry::valuePos).orElse(input.pos());
            if (input.secret() || Secrets.secretName(input.name()) && input.defaultValue() instanceof String s && !s.isBlank()) {
                report(at, "input `" + input.name() + "` has a secret as its default", "remove the default and pass the value at run time");
            } else if (input.defaultValue() instanceof String s) {
                keyIds(s, at);
            }
        }
        for (Var var : file().playbook().vars().values()) {
            scan(var.name(), var.value());
        }
    }

    @Override
    public void step(StepSite site) {
        ActionCall call = Steps.call(site.step());
        if (call != null && call.with() != null) {
            for (Value.Entry entry : call.with().entries()) {
                scan(entry.key(), entry.value());
            }
        }
    }

    private void scan(String key, Value value) {
        if (value instanceof Value.Mapping mapping) {
            mapping.entries().forEach(e -> scan(e.key(), e.value()));
        } else if (value instanceof Value.Seq seq) {
            seq.items().forEach(item -> scan(key, item));
        } else if (value instanceof Value.Text text) {
            Template t = text.template();
            if (Secrets.secretName(key) && t.isLiteral() && !t.raw().isBlank()) {
                report(value.pos(), "`" + key + "` is a literal secret", "read it from an input with `secret: true`");
            } else {
                for (Template.Part part : t.parts()) {
                    if (part instanceof Template.Literal literal) {
                        keyIds(literal.text(), value.pos());
                    }
                }
            }
        } else if (value instanceof Value.Scalar scalar && scalar.value() instanceof Number && Secrets.secretName(key)) {
            report(value.pos(), "`" + key + "` is a literal secret", "read it from an input with `secret: true`");
        }
    }

    private void keyIds(String text, SourcePos valuePos) {
        Matcher m = Secrets.AWS_KEY_ID.matcher(text);
        while (m.find()) {
            String id = m.group();
            report(file().index().find(valuePos, id), "AWS access key id `" + id.substring(0, 8) + "...` in the playbook",
                    "deactivate the key in IAM, then let the SDK's credential chain supply credentials");
        }
    }
}
