package dev.playbook.load;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.Playbook;
import java.util.List;

/** A loaded playbook, or the reasons it could not be loaded; {@code playbook} is null when any error was found. */
public record LoadResult(String file, Playbook playbook, List<Diagnostic> diagnostics, List<String> sourceLines) {

    public boolean ok() {
        return playbook != null;
    }
}
