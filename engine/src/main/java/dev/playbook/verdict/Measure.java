package dev.playbook.verdict;

/** A measurement with what it rests on ({@code detail}), or why there is none ({@code why}, value null). */
public record Measure<T>(T value, String detail, String why) {

    public static <T> Measure<T> of(T value, String detail) {
        return new Measure<>(value, detail, null);
    }

    public static <T> Measure<T> absent(String why) {
        return new Measure<>(null, null, why);
    }

    public boolean present() {
        return value != null;
    }
}
