package dev.playbook.aws;

/**
 * A parameter an AWS operation would refuse, found without calling AWS: {@code path} is where it
 * sits in the step ({@code with.Filters[0].Name}), {@code message} what is wrong and what fits.
 */
public record ParamProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
