package dev.playbook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.playbook.diag.Diagnostic;
import dev.playbook.expr.TimeFunctions;
import dev.playbook.load.LoadResult;
import dev.playbook.model.SourcePos;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Small playbooks written as text, and assertions about the diagnostics the loader gives for
 * them, shared by the loader and expression tests.
 */
public final class PlaybookText {

    /** The smallest valid playbook; nine lines, the step's {@code with:} on the last one. */
    public static final String MINIMAL = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: t}
            phases:
              - id: p
                steps:
                  - id: s
                    action: log
                    with: {message: "hi ${inputs.n}"}
            """;

    /** The minimal playbook up to its step's {@code action:} line; append more keys of the step, indented 8. */
    public static final String UP_TO_STEP = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: t}
            phases:
              - id: p
                steps:
                  - id: s
                    action: log
            """;

    /** A clock fixed at 2024-01-01T00:00:00Z (epoch second 1704067200). */
    public static final Instant FIXED_NOW = Instant.parse("2024-01-01T00:00:00Z");

    private PlaybookText() {
    }

    public static TimeFunctions fixedClock() {
        return new TimeFunctions(() -> FIXED_NOW);
    }

    /** The minimal playbook followed by more top-level text, such as a {@code vars:} section. */
    public static String minimalWith(String topLevel) {
        return MINIMAL + topLevel;
    }

    /** A playbook whose single step carries the given extra lines (each indented by 8 spaces by the caller). */
    public static String stepWith(String stepLines) {
        return UP_TO_STEP + stepLines;
    }

    /** The 1-based number of the first line of {@code text} that contains {@code token}. */
    public static int lineOf(String text, String token) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(token)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains `" + token + "`");
    }

    /** The 1-based column of the first occurrence of {@code token} on line {@code line} of {@code text}. */
    public static int columnOf(String text, int line, String token) {
        String content = text.lines().toList().get(line - 1);
        int index = content.indexOf(token);
        if (index < 0) {
            throw new AssertionError("line " + line + " does not contain `" + token + "`: " + content);
        }
        return index + 1;
    }

    /** The position of the first occurrence of {@code token} in {@code text}. */
    public static SourcePos positionOf(String file, String text, String token) {
        int line = lineOf(text, token);
        return new SourcePos(file, line, columnOf(text, line, token));
    }

    /**
     * Asserts that loading failed with exactly one diagnostic, an error with the given id, and
     * that the diagnostic is well formed; returns it for further checks.
     */
    public static Diagnostic singleError(LoadResult result, String id) {
        assertNotNull(result, "the loader returns a result");
        assertNull(result.playbook(), "no playbook is returned when loading fails");
        assertFalse(result.ok());
        assertEquals(1, result.diagnostics().size(), () -> "exactly one diagnostic, got:\n" + headlines(result));
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(id, d.id(), () -> "diagnostic id, got:\n" + headlines(result));
        assertWellFormed(result.file(), d);
        return d;
    }

    /** The error diagnostics with the given id; fails when there is none. */
    public static List<Diagnostic> errorsWithId(LoadResult result, String id) {
        List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.id().equals(id)).toList();
        if (found.isEmpty()) {
            fail("expected an error[" + id + "], got:\n" + headlines(result));
        }
        found.forEach(d -> assertTrue(d.isError(), d::headline));
        return found;
    }

    /** A diagnostic names the file, a line and column from 1, a rule id and a message. */
    public static void assertWellFormed(String file, Diagnostic d) {
        assertNotNull(d.pos(), "a diagnostic has a position");
        assertEquals(file, d.pos().file(), d::headline);
        assertTrue(d.pos().line() >= 1, () -> "line counts from 1: " + d.headline());
        assertTrue(d.pos().column() >= 1, () -> "column counts from 1: " + d.headline());
        assertNotNull(d.severity(), d::headline);
        assertTrue(d.id() != null && !d.id().isBlank(), () -> "a rule id: " + d.headline());
        assertTrue(d.message() != null && !d.message().isBlank(), () -> "a message: " + d.headline());
        assertTrue(d.headline().startsWith(file + ":" + d.pos().line() + ":" + d.pos().column() + ": "), d::headline);
    }

    public static void assertLoadsClean(LoadResult result) {
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::headline).toList(), "no diagnostics");
        assertNotNull(result.playbook(), "a playbook is returned");
    }

    public static String headlines(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::headline).collect(Collectors.joining("\n"));
    }
}
