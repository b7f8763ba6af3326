package dev.playbook.model;

import java.util.Locale;

/** The types an input can declare. */
public enum InputType {
    STRING, INTEGER, NUMBER, BOOLEAN, DURATION, LIST, MAP;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
