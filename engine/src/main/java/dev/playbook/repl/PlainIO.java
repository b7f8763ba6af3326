package dev.playbook.repl;

import dev.playbook.model.TerminalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Commands from piped input (scripts, tests). Each command is echoed after its prompt, so a
 * transcript reads like the interactive session it replays.
 */
public final class PlainIO implements ReplIO {

    private final BufferedReader in;
    private final PrintWriter out;

    public PlainIO(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        try {
            String line = in.readLine();
            out.println(line == null ? "" : line);
            out.flush();
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void println(String text) {
        out.println(TerminalText.lines(text));
        out.flush();
    }
}
