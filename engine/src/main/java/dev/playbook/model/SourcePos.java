package dev.playbook.model;

/** A place in a source file; line and column count from 1. */
public record SourcePos(String file, int line, int column) {

    public static SourcePos of(String file) {
        return new SourcePos(file, 1, 1);
    }

    public SourcePos shift(int lines, int columns) {
        return new SourcePos(file, line + lines, lines == 0 ? column + columns : columns);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
