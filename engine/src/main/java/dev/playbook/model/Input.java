package dev.playbook.model;

import java.util.List;

/**
 * A declared input. {@code defaultValue}, {@code allowed}, {@code minimum} and {@code maximum}
 * hold plain values already converted to the input's type (Long, Double, Boolean, String,
 * Duration, List, Map).
 */
public record Input(String name, InputType type, String description, Object defaultValue, boolean required,
                    List<Object> allowed, Number minimum, Number maximum, boolean secret, SourcePos pos) {

    public Input {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

}
