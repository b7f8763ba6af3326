package dev.playbook.cli;

import dev.playbook.format.FormatV1;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static String version() {
        return built().getProperty("version", "unknown");
    }

    /** Where the project is published (the build's {@code playbook.home}): the links of SARIF's rules. */
    static String home() {
        return built().getProperty("home");
    }

    private static Properties built() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/playbook/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource of our own jar: report the version as unknown, not a stack trace.
            properties.clear();
        }
        return properties;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"playbook " + version() + " (formats: " + String.join(", ", FormatV1.SUPPORTED_API_VERSIONS) + ")"};
    }
}
