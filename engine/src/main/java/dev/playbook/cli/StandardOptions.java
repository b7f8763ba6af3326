package dev.playbook.cli;

import dev.playbook.diag.Style;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command takes, with one meaning each: how much it prints and whether it
 * colours. Declared once and mixed into every command.
 */
final class StandardOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print less: results, warnings and errors, but no notes (the scenario and seed of a drill, `ok:` lines).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more: the AWS request id of every call.")
    boolean verbose;

    @Option(names = "--no-color", description = "No colours, even on a terminal (as NO_COLOR=1 or TERM=dumb).")
    boolean noColor;

    /** Where notes go (which scenario, which seed, how many lint warnings): {@code err}, or nowhere with --quiet. */
    PrintWriter notes(PrintWriter err) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : err;
    }

    /** Colours only on a terminal that wants them: not with --no-color, NO_COLOR (non-empty), TERM=dumb or a pipe. */
    Style style() {
        return new Style(!noColor && colorWanted(System.getenv(), System.console() != null));
    }

    /** The environment's say, per no-color.org: an empty NO_COLOR does not count. */
    static boolean colorWanted(Map<String, String> env, boolean terminal) {
        String noColor = env.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
