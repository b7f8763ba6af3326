package dev.playbook.cli;

import picocli.CommandLine.ParseResult;

/**
 * Sets up the SLF4J binding (slf4j-simple) before anything logs: quiet by default, the AWS SDK's
 * request ids with --verbose, everything it logs (each request and response) with --debug.
 * Settings given with -D win.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    static void configure(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        boolean debug = parsed.hasMatchedOption("--debug") || command.hasMatchedOption("--debug");
        boolean verbose = command.hasMatchedOption("--verbose");
        setDefault("logFile", "System.err");
        setDefault("defaultLogLevel", "error");
        if (debug) {
            setDefault("log.software.amazon.awssdk", "trace");
        } else if (verbose) {
            // The SDK logs "Received successful response: 200, Request ID: ..." here, at debug.
            setDefault("log.software.amazon.awssdk.request", "debug");
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
