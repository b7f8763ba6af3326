package dev.playbook.action;

/**
 * A failed call. {@code code} is what expressions read as {@code steps.<id>.error.code}
 * (an AWS error code, {@code ConnectionFailed}, {@code NonZeroExit}, ...).
 */
public class ActionException extends Exception {

    private final String code;
    private final boolean retryable;

    public ActionException(String code, String message, boolean retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }

    public ActionException(String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    /** Whether trying again may succeed (throttling, 5xx, timeouts); a step's retry policy decides. */
    public boolean retryable() {
        return retryable;
    }
}
