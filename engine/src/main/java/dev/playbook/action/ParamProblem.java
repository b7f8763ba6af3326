package dev.playbook.action;

/**
 * A parameter a call would refuse, found without calling anything: {@code path} is where it
 * sits in the step ({@code with.Filters[0].Name}), {@code kind} whether the name or the value is
 * wrong, {@code message} what is wrong and what fits.
 */
public record ParamProblem(String path, Kind kind, String message) {

    /** What is wrong: a name the action does not know, or a value of the wrong type or set. */
    public enum Kind { UNKNOWN_NAME, WRONG_VALUE }

    public static ParamProblem unknownName(String path, String message) {
        return new ParamProblem(path, Kind.UNKNOWN_NAME, message);
    }

    public static ParamProblem wrongValue(String path, String message) {
        return new ParamProblem(path, Kind.WRONG_VALUE, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
