package dev.playbook.repl;

import dev.playbook.model.TerminalText;
import java.nio.file.Path;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/** The debugger on a real terminal: line editing, persistent history and Tab completion. */
public final class JLineIO implements ReplIO {

    private final Terminal terminal;
    private final LineReader reader;

    public JLineIO(Terminal terminal, Completions completions, Path historyFile) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("playbook")
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .completer((lineReader, line, candidates) -> {
                    String first = line.words().isEmpty() ? "" : line.words().get(0);
                    for (String c : completions.candidates(line.wordIndex(), first, line.word())) {
                        boolean partialPath = line.wordIndex() > 0 && (c.endsWith(".") || c.contains("."));
                        candidates.add(new Candidate(c, c, null, null, null, null, !partialPath));
                    }
                })
                .build();
    }

    @Override
    public String readLine(String prompt) throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void println(String text) {
        terminal.writer().println(TerminalText.lines(text));
        terminal.writer().flush();
    }

    public Terminal terminal() {
        return terminal;
    }

    public void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            println("(could not save history: " + e.getMessage() + ")");
        }
    }
}
