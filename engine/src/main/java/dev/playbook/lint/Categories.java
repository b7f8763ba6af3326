package dev.playbook.lint;

import java.util.List;

/** The groups of the rules reference, in the order it lists them. */
public final class Categories {

    public static final String REFERENCES = "references";
    public static final String ACTIONS = "actions";
    public static final String TIME = "time";
    public static final String SAFETY = "safety";
    public static final String HYGIENE = "hygiene";
    public static final String LINT = "lint";

    public static final List<String> ORDER = List.of(REFERENCES, ACTIONS, TIME, SAFETY, HYGIENE, LINT);

    private Categories() {
    }
}
