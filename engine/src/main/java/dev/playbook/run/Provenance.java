package dev.playbook.run;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who ran a run, from which machine, on which version of the playbook: recorded when a run
 * starts and when it is resumed, so the incident report says who did what, and a resume can tell
 * that the playbook changed. {@code contentHash} is the SHA-256 of the playbook file, or null.
 */
public record Provenance(String user, String host, String contentHash) {

    /** The current user and host. */
    public static Provenance local(String contentHash) {
        return new Provenance(System.getProperty("user.name", "unknown"), hostName(), contentHash);
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
