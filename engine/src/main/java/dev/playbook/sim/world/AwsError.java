package dev.playbook.sim.world;

/**
 * What AWS would answer with an error: the code scripts test ({@code DBInstanceNotFound}), AWS's
 * message, and whether trying again can help. The world throws it; the provider turns it into
 * the same kind of failure the real AWS binding reports.
 */
public final class AwsError extends RuntimeException {

    private final String code;
    private final int status;
    private final boolean retryable;

    public AwsError(String code, int status, String message, boolean retryable) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.retryable = retryable;
    }

    /** A client error (HTTP 400): the request does not fit the world's current state. */
    public static AwsError client(String code, String message) {
        return new AwsError(code, 400, message, false);
    }

    /** A missing resource (HTTP 404). */
    public static AwsError notFound(String code, String message) {
        return new AwsError(code, 404, message, false);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
