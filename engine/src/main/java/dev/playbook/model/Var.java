package dev.playbook.model;

/** A named value computed once at the start of a run; may use templates over inputs and earlier vars. */
public record Var(String name, Value value, SourcePos pos) {
}
