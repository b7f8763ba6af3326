package dev.playbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Input values from a YAML or JSON file ({@code --inputs FILE}, an environment's {@code inputs:}),
 * as the text {@code -i} would give, so they are converted and checked in one place. A value may
 * instead name where a secret is kept, {@code {from_env: VAR}} or {@code {from_file: PATH}}, so
 * that it is never written in the file, typed on the command line or echoed.
 */
final class InputFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InputFiles() {
    }

    /** The file's top-level mapping; IllegalArgumentException naming the file when it is not one. */
    static Map<String, Object> mapping(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(file + ": not YAML or JSON: " + e.getMessage());
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": expected a mapping of input names to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Values as {@code -i} text: scalars as written, lists and maps as JSON (a YAML flow collection). */
    static Map<String, String> texts(Map<String, Object> values, Path file, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, text(name, value, file, env)));
        return out;
    }

    private static String text(String name, Object value, Path file, Map<String, String> env) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("from_env")) {
            String variable = String.valueOf(map.get("from_env"));
            String found = env.get(variable);
            if (found == null) {
                throw new IllegalArgumentException(file + ": input `" + name + "` comes from the environment variable " + variable + ", which is not set");
            }
            return found;
        }
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("from_file")) {
            Path secret = file.toAbsolutePath().getParent().resolve(String.valueOf(map.get("from_file")));
            try {
                return Files.readString(secret, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": input `" + name + "` comes from " + secret + ", which cannot be read");
            }
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ": input `" + name + "`: " + e.getOriginalMessage());
            }
        }
        return String.valueOf(value);
    }
}
