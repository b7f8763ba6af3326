package dev.playbook.cli;

import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Playbook;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads the playbook a command works on, printing the diagnostics when it cannot. */
final class Loading {

    private Loading() {
    }

    static Playbook load(Path file, PrintWriter err) {
        LoadResult result = PlaybookLoader.load(file);
        if (!result.ok()) {
            Reporter.print(result, err);
            long errors = result.diagnostics().stream().filter(d -> d.isError()).count();
            err.println(file + ": " + errors + (errors == 1 ? " error" : " errors") + "; nothing was run");
            err.flush();
            return null;
        }
        return result.playbook();
    }
}
