package dev.playbook.cli;

import dev.playbook.format.FormatV1;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/playbook/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"playbook " + version() + " (formats: " + String.join(", ", FormatV1.SUPPORTED_API_VERSIONS) + ")"};
    }
}
