package dev.playbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What a simulated run needs to be rebuilt after a crash, kept beside its journal: the scenario
 * and world files as the operator gave them (null: chosen the default way), the seed, the
 * virtual instant the run started at, and its {@code --start-at} step and {@code --phase} (null
 * when not given). With the journal's inputs these replay the same drill.
 */
record SimulationRecord(Path scenario, Path world, long seed, Instant start, String startAt, String phase) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "simulation.json";

    static Path location(Path runDirectory) {
        return runDirectory.resolve(FILE);
    }

    void write(Path runDirectory) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("scenario", scenario == null ? null : scenario.toAbsolutePath().toString());
        node.put("world", world == null ? null : world.toAbsolutePath().toString());
        node.put("seed", seed);
        node.put("start", start.toString());
        node.put("start_at", startAt);
        node.put("phase", phase);
        Files.createDirectories(runDirectory);
        Files.writeString(location(runDirectory), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    static SimulationRecord read(Path runDirectory) throws IOException {
        JsonNode node = JSON.readTree(Files.readString(location(runDirectory)));
        if (node == null || !node.path("seed").canConvertToLong() || !node.path("start").isTextual()) {
            throw new IOException(location(runDirectory) + " is not a simulation record (it needs `seed` and `start`)");
        }
        try {
            return new SimulationRecord(path(node, "scenario"), path(node, "world"), node.path("seed").asLong(),
                    Instant.parse(node.path("start").asText()), text(node, "start_at"), text(node, "phase"));
        } catch (DateTimeParseException e) {
            throw new IOException(location(runDirectory) + ": `start` is not an instant: " + node.path("start").asText());
        }
    }

    private static Path path(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Path.of(text);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
