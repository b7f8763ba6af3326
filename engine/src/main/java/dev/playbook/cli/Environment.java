package dev.playbook.cli;

import dev.playbook.diag.Suggest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a run points: an environment file ({@code environments/staging.yaml}) with the inputs that
 * differ there and how to reach its AWS (profile, endpoint, region). {@code --env staging} finds it
 * in the nearest {@code environments/} directory above the playbook, or in the current directory.
 */
record Environment(String name, Path file, String profile, URI endpoint, String region, Map<String, Object> inputs) {

    private static final List<String> KEYS = List.of("name", "description", "aws", "inputs");
    private static final List<String> AWS_KEYS = List.of("profile", "endpoint", "region");

    /** {@code name} is a name under environments/ or a path to the file. */
    static Environment find(String name, Path playbook) {
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.contains("/")) {
            return load(Path.of(name));
        }
        List<Path> searched = new java.util.ArrayList<>();
        for (Path dir = playbook.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            searched.add(dir.resolve("environments"));
        }
        searched.add(Path.of("environments").toAbsolutePath());
        for (Path dir : searched) {
            Path file = dir.resolve(name + ".yaml");
            if (Files.isRegularFile(file)) {
                return load(file);
            }
        }
        List<String> known = searched.stream().filter(Files::isDirectory).findFirst().map(Environment::names).orElse(List.of());
        throw new IllegalArgumentException("--env: no environment `" + name + "`" + Suggest.didYouMean(name, known)
                + (known.isEmpty() ? "; put it in environments/" + name + ".yaml" : "; environments: " + String.join(", ", known)));
    }

    static Environment load(Path file) {
        Map<String, Object> top = InputFiles.mapping(file);
        check(file, top.keySet(), KEYS, "");
        Map<String, Object> aws = section(file, top, "aws");
        check(file, aws.keySet(), AWS_KEYS, "aws.");
        String name = top.containsKey("name") ? String.valueOf(top.get("name")) : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        URI endpoint = aws.containsKey("endpoint") ? URI.create(String.valueOf(aws.get("endpoint"))) : null;
        return new Environment(name, file, text(aws, "profile"), endpoint, text(aws, "region"), section(file, top, "inputs"));
    }

    private static String text(Map<String, Object> map, String key) {
        return map.containsKey(key) ? String.valueOf(map.get(key)) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Path file, Map<String, Object> top, String key) {
        Object value = top.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(file + ": `" + key + "` must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static void check(Path file, java.util.Collection<String> keys, List<String> allowed, String prefix) {
        for (String key : keys) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown key `" + prefix + key + "`" + Suggest.didYouMean(key, allowed)
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private static List<String> names(Path dir) {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The run header's line: which environment, from where, and how AWS is reached. */
    String describe() {
        StringBuilder line = new StringBuilder("environment: " + name + " (" + file + ")");
        if (profile != null) {
            line.append(" profile ").append(profile);
        }
        if (region != null) {
            line.append(" region ").append(region);
        }
        if (endpoint != null) {
            line.append(" endpoint ").append(endpoint);
        }
        return line.toString();
    }
}
