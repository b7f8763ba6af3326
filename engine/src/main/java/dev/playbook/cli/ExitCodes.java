package dev.playbook.cli;

/** Exit codes of every command, documented in docs/cli.md. */
public final class ExitCodes {

    /** Success: valid, or the run succeeded. */
    public static final int OK = 0;
    /** The playbook is invalid (validate), or a step failed (run). */
    public static final int FAILED = 1;
    /** Wrong arguments or options, or a playbook that cannot be loaded for a run. */
    public static final int USAGE = 2;
    /** The operator aborted the run. */
    public static final int ABORTED = 3;
    /** A bug in playbook itself; the message asks for a report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
