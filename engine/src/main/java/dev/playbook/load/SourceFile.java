package dev.playbook.load;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.PlaybookException;
import dev.playbook.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** The text of a playbook file, read within {@link Limits} and decoded as strict UTF-8. */
public record SourceFile(String name, String text) {

    public List<String> lines() {
        return text.lines().toList();
    }

    public static SourceFile read(Path path) {
        String name = path.toString();
        SourcePos start = SourcePos.of(name);
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw fail(start, "io", "is a directory, not a playbook file", null);
            }
            if (!attributes.isRegularFile()) {
                // Opening a FIFO would block until someone writes to it; a device may never end.
                throw fail(start, "io", "is not a regular file (a FIFO, socket or device); it was not opened", null);
            }
            if (attributes.size() > Limits.MAX_FILE_BYTES) {
                throw fail(start, "yaml-limit", "file is " + attributes.size() + " bytes; the limit is " + Limits.MAX_FILE_BYTES,
                        "a playbook is a few kilobytes; split the runbook into several playbooks");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw fail(start, "io", "no such file", "check the path");
        } catch (java.nio.file.AccessDeniedException e) {
            throw fail(start, "io", "cannot read: permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw fail(start, "io", "cannot read: " + e.getMessage(), null);
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw fail(start, "yaml-limit", "file is larger than " + Limits.MAX_FILE_BYTES + " bytes", null);
        }
        return new SourceFile(name, decode(name, bytes));
    }

    static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            SourcePos pos = positionOfByte(name, bytes, bad);
            throw fail(pos, "encoding", String.format("invalid UTF-8 (byte 0x%02x at offset %d)", bytes[bad] & 0xff, bad),
                    "save the file as UTF-8");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SourcePos positionOfByte(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        try {
            String prefix = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
            return new SourcePos(name, line, prefix.length() + 1);
        } catch (CharacterCodingException e) {
            return new SourcePos(name, line, offset - lineStart + 1);
        }
    }

    private static PlaybookException fail(SourcePos pos, String id, String message, String hint) {
        return new PlaybookException(Diagnostic.error(pos, id, message, hint));
    }
}
