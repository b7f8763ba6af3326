package dev.playbook.repl;

/** Where the debugger reads commands and writes answers: a JLine terminal, or plain streams. */
public interface ReplIO {

    /** The next line, or null at end of input (Ctrl-D). Throws {@link Interrupted} on Ctrl-C. */
    String readLine(String prompt) throws Interrupted;

    void println(String text);

    /** Ctrl-C while reading: the line typed so far is dropped. */
    final class Interrupted extends Exception {
        public Interrupted() {
            super(null, null, false, false);
        }
    }
}
