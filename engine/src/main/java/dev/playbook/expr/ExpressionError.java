package dev.playbook.expr;

import dev.playbook.model.SourcePos;

/** An expression that failed to compile or evaluate, at a position inside the YAML source. */
public class ExpressionError extends RuntimeException {

    private final transient SourcePos pos;
    private final String id;
    private final String hint;

    public ExpressionError(SourcePos pos, String id, String message, String hint) {
        super(message);
        this.pos = pos;
        this.id = id;
        this.hint = hint;
    }

    public SourcePos pos() {
        return pos;
    }

    public String id() {
        return id;
    }

    public String hint() {
        return hint;
    }
}
