package dev.playbook.load;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.Playbook;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A loaded playbook, or the reasons it could not be loaded; {@code playbook} is null when any
 * error was found. {@code tree} is the composed YAML the playbook was read from (null when the
 * text could not be composed), so that lint can find positions in it without parsing the file again.
 */
public record LoadResult(String file, Playbook playbook, List<Diagnostic> diagnostics, List<String> sourceLines, Node tree) {

    public LoadResult(String file, Playbook playbook, List<Diagnostic> diagnostics, List<String> sourceLines) {
        this(file, playbook, diagnostics, sourceLines, null);
    }

    public boolean ok() {
        return playbook != null;
    }
}
