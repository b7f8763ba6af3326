package dev.playbook.cli;

import dev.playbook.action.ActionException;
import dev.playbook.action.ActionRegistry;
import dev.playbook.aws.AwsProvider;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * How a real run reaches AWS: the profile and endpoint the operator chose, and a preflight that
 * checks the credentials before the first step instead of in the middle of a failover.
 */
final class AwsAccess {

    private AwsAccess() {
    }

    /** {@code registry}, with AWS reached through {@code profile}, {@code endpoint} and {@code region} where given. */
    static ActionRegistry registry(ActionRegistry registry, String profile, URI endpoint, String region) {
        if (profile != null) {
            // The SDK's default credential and region chains read the profile from this property.
            System.setProperty("aws.profile", profile);
        }
        if (region != null) {
            System.setProperty("aws.region", region);
        }
        return endpoint == null ? registry : registry.overriddenBy(List.of(new AwsProvider(endpoint)));
    }

    static boolean usesAws(Playbook playbook) {
        for (Step step : playbook.allSteps()) {
            var call = Steps.call(step);
            if (call != null && call.action() != null && call.action().startsWith(AwsProvider.NAMESPACE + ".")) {
                return true;
            }
        }
        return false;
    }

    /** STS answers in every commercial region; the operator's region when set, else the one the runbook starts in. */
    private static String preflightRegion() {
        for (String variable : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return System.getProperty("aws.region", "us-east-1");
    }

    /** Checks the credentials with STS; prints why not and returns false when the run cannot start. */
    static boolean preflight(ActionRegistry registry, PrintWriter out, PrintWriter err) {
        AwsProvider aws = registry.providers().stream().filter(AwsProvider.class::isInstance).map(AwsProvider.class::cast)
                .findFirst().orElse(null);
        if (aws == null) {
            return true;
        }
        try {
            Map<String, Object> identity = aws.preflight(preflightRegion());
            out.println("AWS identity: " + identity.get("Arn") + " (account " + identity.get("Account") + ")");
            return true;
        } catch (ActionException e) {
            err.println("error: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
