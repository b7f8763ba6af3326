package dev.playbook.lint.rules;

import dev.playbook.lint.References;
import dev.playbook.model.Expression;
import dev.playbook.model.Input;
import dev.playbook.model.Playbook;
import dev.playbook.model.Template;
import dev.playbook.model.Var;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What counts as a secret, for the two secret rules. */
final class Secrets {

    /** AWS access key ids: long-term (AKIA) and temporary (ASIA). */
    static final Pattern AWS_KEY_ID = Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b");

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "apikey", "privatekey",
            "accesskey", "credential");
    /** Names with a secret word that hold no secret: AWS idempotency and paging tokens, and names of or pointers to secrets. */
    private static final List<String> NOT_SECRET = List.of("clienttoken", "clientrequesttoken", "idempotencytoken", "nexttoken",
            "continuationtoken", "paginationtoken", "tokentype");
    private static final List<String> POINTER_SUFFIXES = List.of("arn", "id", "ids", "name", "names", "ref", "path", "file");

    private Secrets() {
    }

    /** Whether a key or var named so holds a secret: password, db_password, apiKey, SecretAccessKey, ... */
    static boolean secretName(String name) {
        String n = name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        if (NOT_SECRET.stream().anyMatch(n::contains) || POINTER_SUFFIXES.stream().anyMatch(n::endsWith)) {
            return false;
        }
        return SECRET_WORDS.stream().anyMatch(n::contains);
    }

    /**
     * The names expressions read secrets through: {@code inputs.x} of inputs with {@code secret: true},
     * and {@code vars.y} of vars computed from them (in order, so a var of a var counts too).
     */
    static Set<String> secretPaths(Playbook playbook) {
        Set<String> out = new LinkedHashSet<>();
        for (Input input : playbook.inputs().values()) {
            if (input.secret()) {
                out.add("inputs." + input.name());
            }
        }
        for (Var var : playbook.vars().values()) {
            for (Template template : var.value().templates()) {
                for (Expression e : template.expressions()) {
                    if (readsAny(e, out)) {
                        out.add("vars." + var.name());
                    }
                }
            }
        }
        return out;
    }

    static boolean readsAny(Expression expression, Set<String> paths) {
        return References.of(expression).stream().anyMatch(r -> r.segment(0) != null && paths.contains(r.root() + "." + r.segment(0)));
    }
}
