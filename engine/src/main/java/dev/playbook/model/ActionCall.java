package dev.playbook.model;

/** A call of a registry action with its parameters ({@code with}, a mapping or null). */
public record ActionCall(String action, SourcePos actionPos, Value.Mapping with) {
}
