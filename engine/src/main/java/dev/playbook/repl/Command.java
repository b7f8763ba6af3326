package dev.playbook.repl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The debugger's commands: names, aliases, help and what their argument completes to. */
public enum Command {
    NEXT("n", "", Argument.NONE, "Run the next step and show its result."),
    STEP("s", "", Argument.NONE, "Like next, but a parallel block runs its branches one at a time, stopping before each."),
    CONTINUE("c", "", Argument.NONE, "Run until a breakpoint, a failure or the end."),
    SKIP("", "", Argument.NONE, "Skip the next step (recorded as skipped by the operator); after a failure, go on past it."),
    RETRY("", "", Argument.NONE, "Run the failed step again."),
    BREAK("b", "STEP", Argument.STEP, "Stop before STEP whenever it is reached."),
    TBREAK("", "STEP", Argument.STEP, "Stop before STEP once."),
    DELETE("d", "[STEP]", Argument.STEP, "Remove the breakpoint on STEP, or all breakpoints."),
    JUMP("j", "STEP", Argument.STEP_OR_PHASE, "Continue from STEP or phase instead (asks; recorded)."),
    PRINT("p", "EXPR", Argument.EXPRESSION, "Evaluate an expression over the current scope; trees print as JSON."),
    SET("", "inputs.NAME = EXPR", Argument.EXPRESSION, "Change an input or var for the steps that follow."),
    LIST("l", "", Argument.NONE, "The plan: ✓ done, ✗ failed, ⏭ skipped, ▶ next, with durations."),
    INFO("i", "STEP", Argument.STEP, "A step's resolved parameters, result, attempts and error."),
    JOURNAL("", "[N]", Argument.NONE, "The latest N events (default 10) as JSON lines."),
    HELP("h", "[COMMAND]", Argument.COMMAND, "This list, or one command's help."),
    QUIT("q", "", Argument.NONE, "Stop the run here (asks)."),;

    /** What a command's argument is, for completion. */
    public enum Argument { NONE, STEP, STEP_OR_PHASE, EXPRESSION, COMMAND }

    private final String alias;
    private final String usage;
    private final Argument argument;
    private final String help;

    Command(String alias, String usage, Argument argument, String help) {
        this.alias = alias;
        this.usage = usage;
        this.argument = argument;
        this.help = help;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String alias() {
        return alias;
    }

    public Argument argument() {
        return argument;
    }

    public String help() {
        return help;
    }

    public String usage() {
        return (word() + " " + usage).strip() + (alias.isEmpty() ? "" : "  (" + alias + ")");
    }

    public static Optional<Command> parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.word().equals(w) || (!c.alias.isEmpty() && c.alias.equals(w))).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Command::word).toList();
    }
}
