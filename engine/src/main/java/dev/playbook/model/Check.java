package dev.playbook.model;

/** One assertion of a verify step. */
public record Check(Expression that, String title, SourcePos pos) {
}
