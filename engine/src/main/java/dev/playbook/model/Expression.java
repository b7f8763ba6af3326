package dev.playbook.model;

/** The source text of one JEXL expression and where it starts. Compiled by the expr package. */
public record Expression(String source, SourcePos pos) {
}
