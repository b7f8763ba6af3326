package dev.playbook.run;

/** The operator chose to stop the run at a manual step; unwinds to the executor's top. */
final class OperatorAbort extends RuntimeException {

    private final String step;

    OperatorAbort(String step, String message) {
        super(message, null, false, false);
        this.step = step;
    }

    String step() {
        return step;
    }
}
