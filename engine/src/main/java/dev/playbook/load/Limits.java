package dev.playbook.load;

/**
 * Bounds on what the loader accepts, so that a hostile file fails fast with a clear error
 * instead of exhausting memory or the stack. Documented in docs/format.md.
 */
public final class Limits {

    /** Largest playbook file read. Real playbooks are a few kilobytes. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /**
     * Longest line. The YAML scanner slows down quadratically on very long tokens, and no
     * playbook line is anywhere near this.
     */
    public static final int MAX_LINE_LENGTH = 64 * 1024;
    /** Deepest nesting of mappings and sequences. */
    public static final int MAX_DEPTH = 64;
    /** Most aliases to collections (a defence against "billion laughs"). */
    public static final int MAX_COLLECTION_ALIASES = 50;
    /**
     * Most nodes: as written (each counted once, "the file has more than ..."), and again as read,
     * where a node reached through an alias counts each time ("aliases expand the document ...").
     */
    public static final int MAX_NODES = 200_000;

    private Limits() {
    }
}
