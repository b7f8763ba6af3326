package dev.playbook.action;

import dev.playbook.model.Expression;
import dev.playbook.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A command line with {@code ${...}} templates, bound so that no value can become shell code:
 * each interpolation is replaced by a reference to a positional parameter ({@code "$1"}) and its
 * value travels beside the script, as in {@code sh -c 'echo hello "$1"' sh VALUE}. The shell
 * expands a parameter after parsing, so quotes, {@code ;}, {@code $(...)}, backticks, pipes and
 * newlines in a value stay data. The reference is written for the quoting around it: quoted
 * outside quotes, bare inside double quotes, and inside single quotes the quote is closed and
 * reopened around it, so {@code echo 'hi ${x}'} still prints the value.
 */
public final class ShellTemplate {

    /** The parameter type of a command line bound this way. */
    public static final String PARAM_TYPE = "shell";

    private ShellTemplate() {
    }

    /** The script and, in order, the values its parameters stand for (numbered after {@code first - 1} given ones). */
    public record Bound(String script, List<String> args) {
        public Bound {
            args = List.copyOf(args);
        }
    }

    public static Bound bind(Template template, Function<Expression, String> value, int first) {
        StringBuilder script = new StringBuilder();
        List<String> args = new ArrayList<>();
        Quoting quoting = new Quoting();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal literal) {
                script.append(literal.text());
                quoting.read(literal.text());
            } else if (part instanceof Template.Interpolation interpolation) {
                args.add(value.apply(interpolation.expression()));
                String reference = "${" + (first + args.size() - 1) + "}";
                script.append(switch (quoting.state) {
                    case DOUBLE -> reference;
                    case SINGLE -> "'\"" + reference + "\"'";
                    case NONE -> "\"" + reference + "\"";
                });
            }
        }
        return new Bound(script.toString(), args);
    }

    private enum State { NONE, SINGLE, DOUBLE }

    /** Tracks whether the script so far ends inside single quotes, double quotes or neither. */
    private static final class Quoting {
        private State state = State.NONE;
        private boolean escaped;

        void read(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (escaped) {
                    escaped = false;
                } else if (state == State.SINGLE) {
                    state = c == '\'' ? State.NONE : State.SINGLE;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    state = state == State.DOUBLE ? State.NONE : State.DOUBLE;
                } else if (c == '\'' && state == State.NONE) {
                    state = State.SINGLE;
                }
            }
        }
    }
}
