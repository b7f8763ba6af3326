package dev.playbook.cli;

import dev.playbook.action.Action;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.Param;
import dev.playbook.action.Signature;
import dev.playbook.diag.Suggest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "actions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "List the actions steps can call, or show one action's parameters.%n"
        + "Exit 0 when something matched, 2 when nothing did.")
final class ActionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATTERN",
            description = "An action name (shows its parameters), a prefix such as aws.rds, or a glob such as 'aws.rds.describe*'.")
    String pattern;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        ActionRegistry registry = PlaybookCommand.actions(spec);
        PrintWriter out = spec.commandLine().getOut();
        Optional<Action> exact = pattern == null ? Optional.empty() : registry.find(pattern);
        if (exact.isPresent()) {
            describe(exact.get(), out);
            out.flush();
            return ExitCodes.OK;
        }
        Collection<String> names = registry.names();
        List<String> matched = names.stream().filter(this::matches).toList();
        if (matched.isEmpty()) {
            spec.commandLine().getErr().println("error: " + noMatch(registry, names));
            return ExitCodes.USAGE;
        }
        list(registry, matched, out);
        out.flush();
        return ExitCodes.OK;
    }

    private boolean matches(String name) {
        if (pattern == null) {
            return true;
        }
        if (pattern.contains("*") || pattern.contains("?")) {
            return glob(pattern).matcher(name).matches();
        }
        return name.startsWith(pattern + ".");
    }

    /**
     * One line per action, except that names nested deeper than the pattern's next level are
     * counted per group: {@code aws} shows {@code aws.rds  163 actions}, {@code aws.rds} shows them.
     */
    private void list(ActionRegistry registry, List<String> matched, PrintWriter out) {
        boolean flat = pattern != null && (pattern.contains("*") || pattern.contains("?"));
        int depth = pattern == null ? 2 : segments(pattern) + 1;
        Map<String, Integer> groups = new TreeMap<>();
        List<String> actions = new ArrayList<>();
        for (String name : matched) {
            String head = flat ? name : prefix(name, depth);
            if (head.equals(name)) {
                actions.add(name);
            } else {
                groups.merge(head, 1, Integer::sum);
            }
        }
        int width = Math.max(actions.stream().mapToInt(String::length).max().orElse(0),
                groups.keySet().stream().mapToInt(g -> g.length() + 2).max().orElse(0));
        for (String name : actions) {
            Action action = registry.find(name).orElseThrow();
            // AWS summaries only repeat the name; built-ins say what they do.
            String summary = segments(name) <= 2 ? action.signature().summary() : "";
            out.println(String.format("%-" + width + "s  %-9s  %s", name, marker(action), summary).stripTrailing());
        }
        groups.forEach((group, count) -> out.println(String.format("%-" + width + "s  %d actions", group + ".*", count)));
        if (!groups.isEmpty()) {
            out.println();
            out.println("List a group with `playbook actions " + groups.keySet().iterator().next() + "`; show one action with its full name.");
        }
    }

    private static void describe(Action action, PrintWriter out) {
        Signature signature = action.signature();
        out.println(action.name() + "  (" + marker(action) + ")");
        out.println(signature.summary());
        out.println();
        if (signature.params().isEmpty()) {
            out.println(signature.openParams() ? "Parameters: any" : "Parameters: none");
        } else {
            out.println("Parameters (with:):");
            int width = signature.params().stream().mapToInt(p -> p.name().length()).max().orElse(0);
            int typeWidth = signature.params().stream().mapToInt(p -> p.type().length()).max().orElse(0);
            for (Param param : signature.params()) {
                out.println(String.format("  %-" + width + "s  %-" + typeWidth + "s  %-8s  %s", param.name(), param.type(),
                        param.required() ? "required" : "", param.description() == null ? "" : param.description()).stripTrailing());
            }
            if (signature.openParams()) {
                out.println("  (other parameters are accepted too)");
            }
        }
        if (signature.documentation() != null && !signature.documentation().isBlank()) {
            out.println();
            out.print(signature.documentation().endsWith("\n") ? signature.documentation() : signature.documentation() + "\n");
        }
    }

    private String noMatch(ActionRegistry registry, Collection<String> names) {
        if (segments(pattern) >= 3 && !pattern.contains("*")) {
            return registry.unknownMessage(pattern);
        }
        List<String> groups = names.stream().map(n -> prefix(n, segments(pattern))).distinct().toList();
        return "no action matches `" + pattern + "`" + Suggest.didYouMean(pattern, groups);
    }

    private static String marker(Action action) {
        return action.readOnly() ? "read-only" : "mutating";
    }

    private static int segments(String name) {
        return name.split("\\.", -1).length;
    }

    private static String prefix(String name, int segments) {
        String[] parts = name.split("\\.");
        return parts.length <= segments ? name : String.join(".", List.of(parts).subList(0, segments));
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
