package dev.playbook.aws;

import java.util.Locale;

/**
 * How people write AWS operations outside playbook: the runbook's {@code aws rds
 * promote-read-replica}, the API's {@code PromoteReadReplica}, or a mix like
 * {@code aws.rds.promote-read-replica}. Used for hints, never to accept a name.
 */
final class CliSpelling {

    /** A service and an operation as written, not yet matched against anything. */
    record Written(String service, String operation) {
    }

    private CliSpelling() {
    }

    /**
     * Reads {@code aws <service> <operation> [args]} or {@code aws.<service>.<operation>};
     * null when the text is neither.
     */
    static Written parse(String text) {
        String trimmed = text.trim();
        String[] parts = trimmed.startsWith("aws ") ? trimmed.split("\\s+") : trimmed.split("\\.", 3);
        if (parts.length < 3 || !parts[0].equals("aws") || parts[1].isEmpty() || parts[2].isEmpty()) {
            return null;
        }
        return new Written(parts[1], parts[2]);
    }

    /** The form names are compared in: {@code promote-read-replica} and {@code PromoteReadReplica} agree. */
    static String squash(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The AWS CLI's spelling of an operation: {@code describeDBInstances} to {@code describe-db-instances}. */
    static String toCli(String operation) {
        return operation.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
