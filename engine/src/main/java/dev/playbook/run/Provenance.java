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

    /** The SHA-256 of a file's bytes, as {@code sha256:<hex>}: a resume tells from it that the playbook changed. */
    public static String hashOf(java.nio.file.Path file) throws java.io.IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
            return "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
