package dev.playbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.diag.Style;
import dev.playbook.load.InputBinder;
import dev.playbook.model.Playbook;
import dev.playbook.progress.ConsoleProgress;
import dev.playbook.progress.JsonLinesSink;
import dev.playbook.testing.Runs;
import dev.playbook.testing.ScriptedActions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Secrets never leave a run, on any channel: the operator's console, {@code --output json}, the
 * journal, the instructions shown at a manual step, and errors. The property is
 * non-interference: a run with generated secrets shows each secret (as written, JSON-escaped,
 * URL-encoded or base64) no more often than the same deterministic run with other secrets does —
 * so an occurrence can only be ordinary text (a timestamp, the run id, a step id), never the
 * secret itself. Generated secrets include ones that occur inside timestamps and ids.
 */
class SecretRedactionPropertiesTest {

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: secrets}
            inputs:
              pin: {type: string, secret: true}
              tokens: {type: list, secret: true}
              creds: {type: map, secret: true}
            phases:
              - id: main
                steps:
                  - id: titled
                    title: "unlock with ${inputs.pin}"
                    action: test.echo
                    with: {auth: "Bearer ${inputs.pin}", token: "${inputs.tokens[0]}", key: "${inputs.creds.key}"}
                  - id: encoded
                    action: test.encode
                    with: {text: "${inputs.pin}"}
                  - id: said
                    action: log
                    with: {message: "pin is ${inputs.pin}, token ${inputs.tokens[0]}"}
                  - id: polled
                    wait:
                      action: test.echo
                      with: {v: "${inputs.pin}"}
                      until: "result.v == 'never'"
                      every: 10s
                      timeout: 30s
                    on_failure: continue
                  - id: checked
                    verify:
                      - that: "inputs.pin == 'not-it' || inputs.creds.key == 'not-it'"
                    on_failure: continue
                  - id: asked
                    manual: "Type ${inputs.pin} and ${inputs.creds.key} into the console."
                  - id: refused
                    action: test.fail
                    with: {message: "wrong pin ${inputs.pin}"}
            """;

    private static final String[] BASELINE = {"Qv7Zbaseline", "Kx4Ytoken", "Wm2Ucred"};

    /** What a run shows on each channel. */
    private record Channels(Map<String, String> text) {
    }

    @Property(tries = 60)
    void secretsAppearNoMoreThanInARunWithOtherSecrets(@ForAll("secret") String pin, @ForAll("plain") String token,
                                                       @ForAll("plain") String cred) {
        Channels withSecrets = run(pin, token, cred);
        Channels baseline = run(BASELINE[0], BASELINE[1], BASELINE[2]);
        for (String channel : withSecrets.text().keySet()) {
            for (String secret : List.of(pin, token, cred)) {
                for (String form : forms(secret)) {
                    int seen = count(withSecrets.text().get(channel), form);
                    int natural = count(baseline.text().get(channel), form);
                    assertTrue(seen <= natural, channel + " shows `" + form + "` " + seen + " times, a run with other secrets "
                            + natural + " times:\n" + withSecrets.text().get(channel));
                }
            }
        }
    }

    @Property(tries = 40)
    void aBadSecretValueIsReportedWithoutTheValue(@ForAll("secret") String value) {
        Playbook playbook = Runs.load("""
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: s}
                inputs:
                  pin: {type: integer, secret: true, minimum: 1000}
                phases:
                  - id: p
                    steps:
                      - {id: s, action: log, with: {message: hi}}
                """);
        String given = value.chars().allMatch(Character::isDigit) ? "1" + value + "x" : value;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InputBinder.bind(playbook, Map.of("pin", given)));
        assertFalse(error.getMessage().contains(given), error.getMessage());
        assertTrue(error.getMessage().startsWith("input `pin`: the secret value given is not an integer"), error.getMessage());
    }

    @Property(tries = 40)
    void aSecretTooShortToMaskIsRefusedWithTheSameMessageWhateverItIs(@ForAll("short") String value) {
        String refusal = refusal(value);
        assertEquals(refusal("xy"), refusal);
        assertTrue(refusal.contains("shorter than 4 characters"), refusal);
    }

    @Example
    void aShortMemberOfASecretListIsRefusedToo() {
        Playbook playbook = Runs.load(PLAYBOOK);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InputBinder.bind(playbook, Map.of("pin", "long-enough", "tokens", "[long-enough, ab]", "creds", "{k: long-enough}")));
        assertEquals("input `tokens` is secret, and a member of it is shorter than 4 characters: too short to be masked in output"
                + " without garbling other text; use a longer secret", error.getMessage());
    }

    @Example
    void timestampsRunIdsAndKeysAreLeftAloneWhenTheSecretOccursInThem() {
        Channels channels = run("2026", "Kx4Ytoken", "Wm2Ucred");
        assertTrue(channels.text().get("journal").contains("\"at\":\"2026-01-05T02:00:00Z\""), channels.text().get("journal"));
        assertTrue(channels.text().get("console").contains("Bearer ***"), channels.text().get("console"));
        assertTrue(channels.text().get("json").contains("\"auth\":\"Bearer ***\""), channels.text().get("json"));
    }

    private static String refusal(String value) {
        Playbook playbook = Runs.load(PLAYBOOK);
        return assertThrows(IllegalArgumentException.class,
                () -> InputBinder.bind(playbook, Map.of("pin", value, "tokens", "[long-enough]", "creds", "{k: long-enough}"))).getMessage();
    }

    @Provide
    Arbitrary<String> secret() {
        Arbitrary<String> arbitrary = Arbitraries.strings().withChars("aZ09\"\\/+=%&? é€-:T").ofMinLength(4).ofMaxLength(12);
        Arbitrary<String> natural = Arbitraries.of("2026", "2026-01-05", "T02:00", "secrets", "test-run", "main", "echo", "Bearer",
                "succeeded", "attempt");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, arbitrary), net.jqwik.api.Tuple.of(1, natural));
    }

    @Provide
    Arbitrary<String> plain() {
        return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(4).ofMaxLength(10), Arbitraries.of("", "2026"))
                .as((s, suffix) -> s + suffix);
    }

    @Provide("short")
    Arbitrary<String> shortSecret() {
        return Arbitraries.strings().withChars("ab9\"\\ é").ofMinLength(1).ofMaxLength(3);
    }

    private static List<String> forms(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return List.of(secret, new String(JsonStringEncoder.getInstance().quoteAsString(secret)),
                URLEncoder.encode(secret, StandardCharsets.UTF_8), Base64.getEncoder().encodeToString(bytes));
    }

    private static int count(String text, String form) {
        int n = 0;
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            n++;
        }
        return n;
    }

    private static Channels run(String pin, String token, String cred) {
        Playbook playbook = Runs.load(PLAYBOOK);
        InputBinder.Bound bound = InputBinder.bind(playbook, Map.of("pin", pin, "tokens", "[" + token + "]", "creds", "{key: " + cred + "}"));
        StringWriter console = new StringWriter();
        StringWriter json = new StringWriter();
        List<String> shown = new ArrayList<>();
        Approver terminal = (step, instructions) -> {
            shown.add(instructions);
            return Approver.Decision.approvedBy("alice", "--yes");
        };
        Path dir;
        try {
            dir = Files.createTempDirectory("secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path journalFile = JournalSink.location(dir, "run-1");
        RunResult result;
        try (JournalSink journal = new JournalSink(journalFile)) {
            EventSink sinks = EventSink.all(List.of(new ConsoleProgress(new PrintWriter(console), new Style(false)),
                    new JsonLinesSink(new PrintWriter(json)), journal));
            Executor executor = new Executor(playbook, new ActionRegistry(List.of(new ScriptedActions(), new BuiltinProvider())),
                    new VirtualClock(Runs.T0), sinks, terminal, new RunOptions("run-1", null, null, 42L, false),
                    Redactor.forInputs(playbook, bound.values()));
            result = executor.run(bound.values());
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put("console", console.toString());
        text.put("json", json.toString());
        text.put("terminal", String.join("\n", shown));
        text.put("reason", result.reason());
        try {
            text.put("journal", Files.readString(journalFile));
            Files.delete(journalFile);
            Files.delete(journalFile.getParent());
            Files.delete(journalFile.getParent().getParent());
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Channels(text);
    }
}
