package dev.playbook.model;

import java.util.List;

/**
 * A string that may interpolate expressions with {@code ${...}}. A template made of exactly one
 * interpolation keeps the value's type when resolved.
 */
public record Template(String raw, List<Part> parts, SourcePos pos) {

    public Template {
        parts = List.copyOf(parts);
    }

    public sealed interface Part permits Literal, Interpolation {
    }

    public record Literal(String text) implements Part {
    }

    public record Interpolation(Expression expression) implements Part {
    }

    public static Template literal(String text, SourcePos pos) {
        return new Template(text, text.isEmpty() ? List.of() : List.of(new Literal(text)), pos);
    }

    public boolean isLiteral() {
        return parts.stream().allMatch(p -> p instanceof Literal);
    }

    /** The single expression when the whole string is one {@code ${...}}. */
    public Expression soleExpression() {
        if (parts.size() == 1 && parts.get(0) instanceof Interpolation i) {
            return i.expression();
        }
        return null;
    }

    public List<Expression> expressions() {
        return parts.stream()
                .filter(p -> p instanceof Interpolation)
                .map(p -> ((Interpolation) p).expression())
                .toList();
    }
}
