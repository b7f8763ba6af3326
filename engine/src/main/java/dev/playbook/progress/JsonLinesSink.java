package dev.playbook.progress;

import dev.playbook.run.EventJson;
import dev.playbook.run.EventSink;
import dev.playbook.run.RunEvent;
import java.io.PrintWriter;

/** One JSON object per event and line, for machines ({@code --output json}); the journal's format ({@link EventJson}). */
public final class JsonLinesSink implements EventSink {

    private final PrintWriter out;

    public JsonLinesSink(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(RunEvent event) {
        out.println(EventJson.line(event));
        out.flush();
    }
}
