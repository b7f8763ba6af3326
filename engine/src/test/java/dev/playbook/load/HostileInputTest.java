package dev.playbook.load;

import static dev.playbook.testing.PlaybookText.MINIMAL;
import static dev.playbook.testing.PlaybookText.assertLoadsClean;
import static dev.playbook.testing.PlaybookText.assertWellFormed;
import static dev.playbook.testing.PlaybookText.headlines;
import static dev.playbook.testing.PlaybookText.minimalWith;
import static dev.playbook.testing.PlaybookText.positionOf;
import static dev.playbook.testing.PlaybookText.singleError;
import static dev.playbook.testing.PlaybookText.stepWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Playbooks come from pull requests and from disk, so the loader must survive files written to
 * hurt it: each one below is refused (or read) with a clean diagnostic — the right rule id and, where it means something, the line and column — and
 * never with an exception, a hang or an out-of-memory error.
 */
@DisplayName("Hostile input: the loader refuses it fast, with a clean diagnostic")
class HostileInputTest {

    /**
     * Catches a hang, not a slowdown: how fast each file is refused is measured by
     * bench/hostile.sh (docs/performance.md), since wall time in a shared CI runner is noise.
     */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String FILE = "hostile.yaml";

    private static LoadResult load(String text) {
        return assertTimeoutPreemptively(BOUND, () -> PlaybookLoader.load(FILE, text));
    }

    private static LoadResult load(Path path) {
        return assertTimeoutPreemptively(BOUND, () -> PlaybookLoader.load(path));
    }

    private static void assertAt(SourcePos expected, Diagnostic d) {
        assertEquals(expected.line() + ":" + expected.column(), d.pos().line() + ":" + d.pos().column(), d::headline);
    }

    @Nested
    @DisplayName("alias bombs")
    class AliasBombs {

        @Test
        @DisplayName("billion laughs (9 levels of 9 aliases) is refused at the first alias over the limit")
        void billionLaughsIsRefusedAtTheFirstAliasOverTheLimit() {
            StringBuilder yaml = new StringBuilder("lol0: &lol0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (int level = 1; level <= 9; level++) {
                yaml.append("lol").append(level).append(": &lol").append(level).append(" [");
                for (int i = 0; i < 9; i++) {
                    yaml.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
                }
                yaml.append("]\n");
            }
            String text = yaml.toString();

            Diagnostic d = singleError(load(text), "yaml-limit");

            // The 51st alias is the 6th on the line of lol6 (lines 2-6 hold 5 x 9 = 45 aliases).
            int line = 7;
            String lol6 = text.lines().toList().get(line - 1);
            int column = 1 + nthIndexOf(lol6, "*lol5", 6);
            assertAt(new SourcePos(FILE, line, column), d);
            assertTrue(d.message().contains(String.valueOf(Limits.MAX_COLLECTION_ALIASES)), d::headline);
        }

        @Test
        @DisplayName("a small bomb of 25 doubling levels (50 aliases, within the alias limit) is refused by the node budget")
        void smallExponentialBombUnderTheAliasLimitIsRefusedByTheNodeBudget() {
            StringBuilder vars = new StringBuilder("vars:\n  a0: &a0 [x, x]\n");
            for (int level = 1; level <= 25; level++) {
                vars.append("  a").append(level).append(": &a").append(level)
                        .append(" [*a").append(level - 1).append(", *a").append(level - 1).append("]\n");
            }
            String text = minimalWith(vars.toString());
            assertEquals(Limits.MAX_COLLECTION_ALIASES, text.split("\\*a", -1).length - 1,
                    "the bomb stays within the alias limit, so only the node budget can stop it (2^25 nodes)");

            Diagnostic d = singleError(load(text), "yaml-limit");

            assertTrue(d.message().contains(String.valueOf(Limits.MAX_NODES)), d::headline);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"r: &a [*a]", "r: &a {self: *a}", "r: &a [x, [y, *a]]"})
        @DisplayName("a recursive alias is refused cleanly, without an exception or a hang")
        void recursiveAliasIsRefusedCleanly(String var) {
            LoadResult result = load(minimalWith("vars:\n  " + var + "\n"));

            assertFalse(result.ok(), () -> "a recursive value cannot be a var:\n" + headlines(result));
            result.diagnostics().forEach(d -> assertWellFormed(FILE, d));
            assertTrue(result.diagnostics().stream().anyMatch(d -> Set.of("yaml-limit", "yaml-syntax").contains(d.id())),
                    () -> headlines(result));
        }

        @Test
        @DisplayName("a recursive alias is reported at the alias that closes the loop")
        void recursiveAliasIsReportedAtTheAlias() {
            String text = minimalWith("vars:\n  r: &a [*a]\n");

            Diagnostic d = singleError(load(text), "yaml-limit");

            assertAt(positionOf(FILE, text, "*a]"), d);
        }

        private static int nthIndexOf(String text, String token, int n) {
            int at = -1;
            for (int i = 0; i < n; i++) {
                at = text.indexOf(token, at + 1);
            }
            return at;
        }
    }

    @Nested
    @DisplayName("deep nesting")
    class DeepNesting {

        @Test
        @DisplayName("10,000 nested flow sequences are refused at the first level past MAX_DEPTH")
        void deepFlowSequenceIsRefusedAtTheFirstLevelPastTheLimit() {
            String text = "[".repeat(10_000) + "]".repeat(10_000) + "\n";

            Diagnostic d = singleError(load(text), "yaml-limit");

            assertAt(new SourcePos(FILE, 1, Limits.MAX_DEPTH + 1), d);
        }

        @Test
        @DisplayName("10,000 nested block mappings are refused at the first level past MAX_DEPTH")
        void deepBlockMappingIsRefusedAtTheFirstLevelPastTheLimit() {
            StringBuilder yaml = new StringBuilder();
            for (int level = 0; level < 10_000; level++) {
                yaml.append(" ".repeat(level)).append("k:\n");
            }

            Diagnostic d = singleError(load(yaml.toString()), "yaml-limit");

            // Level n (from 1) is the key on line n, indented n - 1 spaces.
            int level = Limits.MAX_DEPTH + 1;
            assertAt(new SourcePos(FILE, level, level), d);
        }

        @Test
        @DisplayName("10,000 nested block sequences on one line are refused at the first level past MAX_DEPTH")
        void deepBlockSequenceIsRefusedAtTheFirstLevelPastTheLimit() {
            String text = "- ".repeat(10_000) + "x\n";

            Diagnostic d = singleError(load(text), "yaml-limit");

            assertAt(new SourcePos(FILE, 1, 2 * Limits.MAX_DEPTH + 1), d);
        }

        @Test
        @DisplayName("nesting of exactly MAX_DEPTH is accepted; one more level is refused")
        void nestingIsLimitedAtExactlyMaxDepth() {
            // The playbook mapping is level 1 and vars level 2, so the value adds MAX_DEPTH - 2 levels.
            int valueLevels = Limits.MAX_DEPTH - 2;
            String atLimit = minimalWith("vars:\n  deep: " + "[".repeat(valueLevels) + "]".repeat(valueLevels) + "\n");
            String overLimit = minimalWith("vars:\n  deep: " + "[".repeat(valueLevels + 1) + "]".repeat(valueLevels + 1) + "\n");

            assertLoadsClean(load(atLimit));
            Diagnostic d = singleError(load(overLimit), "yaml-limit");
            assertAt(new SourcePos(FILE, 11, "  deep: ".length() + valueLevels + 1), d);
        }

        @Test
        @DisplayName("an expression nested 2,000 parentheses deep is refused without an exception")
        void deeplyNestedExpressionIsRefusedWithoutAnException() {
            LoadResult result = load(stepWith("        when: \"" + "(".repeat(2_000) + "true" + ")".repeat(2_000) + "\"\n"));

            assertFalse(result.ok());
            assertFalse(result.diagnostics().isEmpty());
            result.diagnostics().forEach(d -> assertWellFormed(FILE, d));
        }

        @Test
        @DisplayName("an expression nested 2,000 parentheses deep is reported as an expression error on its line")
        void deeplyNestedExpressionIsReportedAsAnExpressionErrorOnItsLine() {
            String text = stepWith("        when: \"" + "(".repeat(2_000) + "true" + ")".repeat(2_000) + "\"\n");

            LoadResult result = load(text);

            Diagnostic d = result.diagnostics().get(0);
            assertTrue(d.id().startsWith("expression-"), d::headline);
            assertEquals(9, d.pos().line(), d::headline);
            assertTrue(d.pos().column() >= "        when: \"".length(), d::headline);
        }
    }

    @Nested
    @DisplayName("size")
    class Size {

        @Test
        @DisplayName("a 50 MB file is refused by its size, before it is read")
        void fiftyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
            Path big = dir.resolve("big.yaml");
            try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024); // NUL bytes: had they been read, the error would be yaml-syntax
            }

            LoadResult result = load(big);

            Diagnostic d = singleError(result, "yaml-limit");
            assertEquals(big.toString(), result.file());
            assertAt(new SourcePos(big.toString(), 1, 1), d);
            assertTrue(d.message().contains(String.valueOf(Limits.MAX_FILE_BYTES)), d::headline);
        }

        @Test
        @DisplayName("a file one byte over MAX_FILE_BYTES is refused; one of exactly MAX_FILE_BYTES is read")
        void fileSizeLimitIsExact(@TempDir Path dir) throws IOException {
            Path atLimit = dir.resolve("at-limit.yaml");
            Files.write(atLimit, paddedTo(Limits.MAX_FILE_BYTES));
            Path overLimit = dir.resolve("over-limit.yaml");
            Files.write(overLimit, paddedTo(Limits.MAX_FILE_BYTES + 1));

            assertLoadsClean(PlaybookLoader.load(atLimit));
            singleError(load(overLimit), "yaml-limit");
        }

        @Test
        @DisplayName("an endless stream (/dev/zero, a device) is refused without being read")
        void endlessStreamIsRefusedUnread() {
            Path zero = Path.of("/dev/zero");
            assumeTrue(Files.exists(zero), "needs /dev/zero");

            Diagnostic error = singleError(load(zero), "io");
            assertEquals("is not a regular file (a FIFO, socket or device); it was not opened", error.message());
        }

        @Test
        @DisplayName("a 1 MB block of words over many lines is read")
        void oneMegabyteStringOfWordsIsRead() {
            String words = "lorem ipsum\n    ".repeat(1_000_000 / 16).strip();

            LoadResult result = load(minimalWith("vars:\n  big: |\n    " + words + "\n"));

            assertLoadsClean(result);
            Value.Text big = (Value.Text) result.playbook().vars().get("big").value();
            assertEquals(1_000_000 / 16, big.template().raw().lines().count());
        }

        @Test
        @DisplayName("a line longer than the limit is refused at the first column past it")
        void aLineLongerThanTheLimitIsRefused() {
            String text = minimalWith("vars:\n  big: \"" + "lorem ipsum ".repeat(10_000) + "\"\n");

            Diagnostic d = singleError(load(text), "yaml-limit");

            assertEquals(Limits.MAX_LINE_LENGTH + 1, d.pos().column(), d::headline);
        }

        @Test
        @DisplayName("a 1 MB single-line string without whitespace is read or refused within the bound")
        void oneMegabyteTokenIsHandledWithinTheBound() {
            String token = "x".repeat(1_000_000);
            String text = minimalWith("vars:\n  big: \"" + token + "\"\n");

            LoadResult result = load(text);

            if (result.ok()) {
                Value.Text big = (Value.Text) result.playbook().vars().get("big").value();
                assertEquals(token.length(), big.template().raw().length());
            } else {
                Diagnostic d = singleError(result, "yaml-limit");
                assertEquals(11, d.pos().line(), d::headline);
            }
        }

        /** The minimal playbook padded with comment lines to exactly {@code size} bytes. */
        private static byte[] paddedTo(long size) {
            StringBuilder text = new StringBuilder(MINIMAL);
            String comment = "# " + "padding ".repeat(12) + "\n";
            while (text.length() + comment.length() < size) {
                text.append(comment);
            }
            text.append("#".repeat((int) (size - text.length() - 1))).append('\n');
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(size, bytes.length);
            return bytes;
        }
    }

    @Nested
    @DisplayName("encoding and binary content")
    class Encoding {

        /** Line 3 reads {@code metadata: {name: t, title: "Übung <bad bytes>"}}; "Ü" is one character but two bytes. */
        static Stream<Arguments> invalidUtf8() {
            return Stream.of(
                    Arguments.of("c328", "a lead byte followed by a non-continuation byte"),
                    Arguments.of("80", "a lone continuation byte"),
                    Arguments.of("c0af", "an overlong encoding of '/'"),
                    Arguments.of("eda080", "an encoded UTF-16 surrogate"),
                    Arguments.of("f8888080", "a five-byte lead byte"),
                    Arguments.of("ff", "the byte 0xff"));
        }

        @ParameterizedTest(name = "{1} ({0})")
        @MethodSource("invalidUtf8")
        @DisplayName("invalid UTF-8 is reported as `encoding` at the line and character column of the bad byte")
        void invalidUtf8IsReportedAtTheBadByte(String hex, String what, @TempDir Path dir) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("apiVersion: playbook/v1\nkind: Playbook\nmetadata: {name: t, title: \"Übung ".getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(HexFormat.of().parseHex(hex));
            bytes.writeBytes(MINIMAL.substring(MINIMAL.indexOf("phases:")).getBytes(StandardCharsets.UTF_8));
            Path file = dir.resolve("latin.yaml");
            Files.write(file, bytes.toByteArray());

            Diagnostic d = singleError(load(file), "encoding");

            // 34 characters precede the bad byte on line 3 (35 bytes: "Ü" takes two).
            assertAt(new SourcePos(file.toString(), 3, 35), d);
        }

        @Test
        @DisplayName("a truncated multi-byte sequence at the end of the file is reported where it starts")
        void truncatedSequenceAtEndOfFileIsReportedWhereItStarts(@TempDir Path dir) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(MINIMAL.getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes("# price: 5 ".getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {(byte) 0xe2, (byte) 0x82}); // "€" without its last byte
            Path file = dir.resolve("truncated.yaml");
            Files.write(file, bytes.toByteArray());

            Diagnostic d = singleError(load(file), "encoding");

            assertAt(new SourcePos(file.toString(), 10, "# price: 5 ".length() + 1), d);
        }

        @Test
        @DisplayName("a binary file (PNG header) is reported as `encoding` at its first byte")
        void pngFileIsReportedAsEncoding(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("image.yaml");
            Files.write(file, HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61"));

            Diagnostic d = singleError(load(file), "encoding");

            assertAt(new SourcePos(file.toString(), 1, 1), d);
        }

        @Test
        @DisplayName("a binary file that happens to be valid UTF-8 (ELF header) is a yaml-syntax error, not a crash")
        void elfFileIsReportedAsYamlSyntax(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("program.yaml");
            Files.write(file, HexFormat.of().parseHex("7f454c4602010100000000000000000003003e0001000000401000000000000040"));

            Diagnostic d = singleError(load(file), "yaml-syntax");

            assertEquals(1, d.pos().line(), d::headline);
        }

        @Test
        @DisplayName("a UTF-8 byte order mark is skipped")
        void byteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("bom.yaml");
            Files.writeString(file, "\uFEFF" + MINIMAL);

            assertLoadsClean(load(file));
        }
    }

    @Nested
    @DisplayName("document structure")
    class DocumentStructure {

        @Test
        @DisplayName("a second YAML document is refused at its `---`")
        void secondDocumentIsRefusedAtItsMarker() {
            String text = MINIMAL + "---\n" + MINIMAL;

            Diagnostic d = singleError(load(text), "yaml-syntax");

            assertAt(new SourcePos(FILE, 10, 1), d);
        }

        static Stream<Arguments> noDocument() {
            return Stream.of(
                    Arguments.of("nothing at all", ""),
                    Arguments.of("blank lines", "\n\n\n"),
                    Arguments.of("spaces", "   "),
                    Arguments.of("a comment", "# only a comment\n"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("noDocument")
        @DisplayName("a file with no document is reported as empty at 1:1")
        void fileWithoutDocumentIsReportedAsEmpty(String what, String text) {
            Diagnostic d = singleError(load(text), "yaml-syntax");

            assertAt(new SourcePos(FILE, 1, 1), d);
            assertTrue(d.hint() != null && d.hint().contains("apiVersion"), "the hint shows how a playbook starts");
        }

        @Test
        @DisplayName("an empty file on disk is reported as empty")
        void emptyFileOnDiskIsReportedAsEmpty(@TempDir Path dir) throws IOException {
            Path file = Files.createFile(dir.resolve("empty.yaml"));

            Diagnostic d = singleError(load(file), "yaml-syntax");

            assertEquals(file.toString(), d.pos().file());
        }

        @Test
        @DisplayName("an unknown apiVersion is refused at its value, and the hint names the version understood")
        void unknownApiVersionIsRefusedNamingTheSupportedVersion() {
            String text = MINIMAL.replace("playbook/v1", "playbook/v2");

            Diagnostic d = singleError(load(text), "api-version");

            assertAt(positionOf(FILE, text, "playbook/v2"), d);
            assertTrue(d.message().contains("playbook/v2"), d::headline);
            assertTrue(d.hint() != null && d.hint().contains("playbook/v1"), () -> "hint: " + d.hint());
        }
    }
}
