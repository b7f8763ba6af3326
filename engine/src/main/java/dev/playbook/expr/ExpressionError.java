package dev.playbook.expr;

import dev.playbook.model.SourcePos;

/** An expression that failed to compile or evaluate, at a position inside the YAML source. */
public class ExpressionError extends RuntimeException {

    private final transient SourcePos pos;
    private final String id;
    private final String hint;
    private final int offset;

    public ExpressionError(SourcePos pos, String id, String message, String hint) {
        this(pos, id, message, hint, -1);
    }

    /** @param offset the character offset of the problem inside the expression source, or -1 */
    public ExpressionError(SourcePos pos, String id, String message, String hint, int offset) {
        super(message);
        this.pos = pos;
        this.id = id;
        this.hint = hint;
        this.offset = offset;
    }

    /** Where in the expression source the problem is, or -1; lets the loader map it through YAML escapes. */
    public int offset() {
        return offset;
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
