package dev.playbook.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package table of docs/architecture.md as an ArchUnit rule: each row's package (with its
 * sub-packages) may depend only on the packages its "depends on" column lists, and every class
 * under {@code dev.playbook} must be in a row. The doc is the definition, so the test and the
 * doc cannot drift apart.
 */
final class PackageTable {

    static final Path DOC = Repo.root().resolve("docs/architecture.md");
    private static final String EVERYTHING_ABOVE = "everything above";
    private static final String NOTHING = "—";

    private PackageTable() {
    }

    /** Each documented package and the packages it may depend on, in the table's order. */
    static Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Repo.read(DOC).lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ");
            String name = cells[0].strip().replace("`", "");
            String column = cells[cells.length - 1].strip();
            List<String> allowed = switch (column) {
                case NOTHING -> List.of();
                case EVERYTHING_ABOVE -> new ArrayList<>(rows.keySet());
                default -> Arrays.stream(column.split(",")).map(String::strip).toList();
            };
            rows.put(name, allowed);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no package table in " + DOC);
        }
        return rows;
    }

    static LayeredArchitecture rule() {
        Map<String, List<String>> rows = rows();
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : rows.keySet()) {
            layers = layers.layer(name).definedBy("dev.playbook." + name + "..");
        }
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            for (String allowed : row.getValue()) {
                if (!rows.containsKey(allowed)) {
                    throw new IllegalStateException("`" + row.getKey() + "` depends on `" + allowed + "`, which has no row in " + DOC);
                }
            }
            layers = row.getValue().isEmpty()
                    ? layers.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(row.getKey()).mayOnlyAccessLayers(row.getValue().toArray(String[]::new));
        }
        return layers.ensureAllClassesAreContainedInArchitecture()
                .as("packages depend only on what their row of docs/architecture.md lists");
    }
}
