package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import dev.playbook.testing.Golden;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command explains itself the same way, the shell completes from the same model, and docs/cli.md is generated from it. */
class HelpAndCompletionTest {

    /** Every command, as the words that name it: {@code run}, {@code world check}. */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(new CommandLine(new PlaybookCommand()), "", names);
        return names.stream();
    }

    private static void collect(CommandLine parent, String prefix, List<String> names) {
        parent.getSubcommands().forEach((name, sub) -> {
            names.add(prefix + name);
            collect(sub, prefix + name + " ", names);
        });
    }

    private static String[] with(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandsHelpExitsZeroAndMatchesItsGoldenFile(String command) {
        CliRun run = CliRun.of(with(command, "--help"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches("help/" + command.replace(' ', '-') + ".txt", run.out());
    }

    /** `playbook help COMMAND` explains the top-level commands. */
    static Stream<String> topLevelCommands() {
        return commands().filter(command -> !command.contains(" "));
    }

    @ParameterizedTest
    @MethodSource("topLevelCommands")
    void helpCommandShowsTheSameAsDashDashHelp(String command) {
        CliRun help = CliRun.of("help", command);
        assertEquals(0, help.exitCode(), help.err());
        assertEquals(CliRun.of(command, "--help").out(), help.out());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        Golden.assertMatches("help/playbook.txt", run.out());
    }

    @Test
    void helpForAnUnknownCommandSuggestsOne() {
        CliRun run = CliRun.of("help", "lnit");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no command `lnit`; did you mean `lint`?"), run.err());
    }

    @Test
    void theCommandReferenceInDocsIsGeneratedFromTheCommands() {
        String doc = Repo.read(Repo.root().resolve("docs/cli.md"));
        int begin = doc.indexOf(CliReference.BEGIN);
        int end = doc.indexOf(CliReference.END);
        assertTrue(begin >= 0 && end > begin, "docs/cli.md must contain the generated-section markers");
        String generated = doc.substring(begin + CliReference.BEGIN.length(), end).strip();
        assertEquals(CliRun.of("help", "--markdown").out().strip(), generated,
                "docs/cli.md's reference is stale: replace the generated section with `bin/playbook help --markdown`");
    }

    @Test
    void bashCompletesTheFormatsOfLint(@TempDir Path dir) throws IOException, InterruptedException {
        assertEquals(List.of("text", "json", "sarif", "github"), complete(dir, "bin/playbook", "lint", "--format", ""));
        assertEquals(List.of("sarif"), complete(dir, "bin/playbook", "lint", "--format", "s"));
        assertTrue(complete(dir, "bin/playbook", "").containsAll(List.of("run", "drill", "lint", "completion", "help")));
    }

    /** What bash offers for the last word, with the script sourced as a user would. */
    private static List<String> complete(Path dir, String... words) throws IOException, InterruptedException {
        CliRun script = CliRun.of("completion", "bash");
        assertEquals(0, script.exitCode(), script.err());
        Path file = dir.resolve("playbook-completion.bash");
        Files.writeString(file, script.out());
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        // bash finds the compspec of `bin/playbook` under its last path component, `playbook`.
        String program = "source " + file + "\n"
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
                + "spec=$(complete -p playbook)\nfn=${spec#*-F }\nfn=${fn%% *}\n"
                + "\"$fn\" playbook \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // Called outside readline, the script's `compopt` complains on stderr; only the offers matter.
        Path errors = dir.resolve("bash.err");
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).directory(dir.toFile())
                .redirectError(errors.toFile()).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, bash.exitValue(), output + Files.readString(errors));
        return output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
