package dev.playbook.aws;

import dev.playbook.action.ActionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * SDK failures as {@link ActionException}s: the AWS error code as the code expressions read
 * ({@code steps.promote.error.code == 'DBInstanceNotFound'}), a message with AWS's own text and
 * request id, and retryable only where trying again can help (throttling, 5xx, timeouts, I/O).
 * The SDK has already retried those with backoff before they get here.
 */
final class AwsErrors {

    static final String NO_CREDENTIALS = "no AWS credentials found; to rehearse without AWS, add --simulate";

    private AwsErrors() {
    }

    static ActionException from(String action, SdkException e) {
        if (e instanceof AwsServiceException aws) {
            return service(action, aws);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new ActionException("Timeout", action + ": AWS did not answer within the step's time limit", true, e);
        }
        String message = String.valueOf(e.getMessage());
        // The SDK reports missing credentials and region only through these messages.
        if (message.startsWith("Unable to load credentials")) {
            return new ActionException("NoCredentials", NO_CREDENTIALS, false, e);
        }
        if (message.startsWith("Unable to load region")) {
            return new ActionException("NoRegion", action + ": no AWS region; give the step a `region:`, or set AWS_REGION"
                    + " or a region in the AWS profile", false, e);
        }
        if (causedByIo(e)) {
            return new ActionException("ConnectionFailed", action + ": cannot reach AWS" + attempts(e) + ": " + message, true, e);
        }
        return new ActionException("ClientError", action + ": " + message, e.retryable(), e);
    }

    private static ActionException service(String action, AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        int status = e.statusCode();
        String code = details != null && details.errorCode() != null ? details.errorCode() : "HTTP" + status;
        String text = details != null && details.errorMessage() != null ? details.errorMessage() : "(no message)";
        boolean retryable = e.isThrottlingException() || status >= 500;
        String message = action + " failed: " + code + ": " + text + " (HTTP " + status + ", request id " + e.requestId()
                + attempts(e) + ")" + hint(code, status);
        return new ActionException(code, message, retryable, e);
    }

    private static String hint(String code, int status) {
        if (code.equals("InvalidClientTokenId") || code.equals("SignatureDoesNotMatch") || code.equals("ExpiredToken")
                || code.equals("UnrecognizedClientException") || code.equals("AuthFailure")) {
            return "; the AWS credentials in use are invalid or expired";
        }
        if (status == 403 || code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation")) {
            return "; the AWS credentials in use are not allowed to do this: check the caller's IAM permissions";
        }
        return "";
    }

    private static String attempts(SdkException e) {
        Integer attempts = e.numAttempts();
        return attempts != null && attempts > 1 ? ", after " + attempts + " attempts" : "";
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }
}
