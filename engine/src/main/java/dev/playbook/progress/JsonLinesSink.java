package dev.playbook.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.Durations;
import dev.playbook.run.EventSink;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunEvent;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per event and line, for machines ({@code --output json}) and journals. */
public final class JsonLinesSink implements EventSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;

    public JsonLinesSink(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(RunEvent event) {
        out.println(line(event));
        out.flush();
    }

    /** The event as one line of JSON; its fields were redacted where the executor made it ({@link Redactor#redacting}). */
    public static String line(RunEvent event) {
        try {
            return JSON.writeValueAsString(toMap(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not writable as JSON: " + event.type(), e);
        }
    }

    /** A JSON line that is not a run's event (a drill's summary), written the same way. */
    public static String line(Map<String, Object> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON: " + object.get("type"), e);
        }
    }

    static Map<String, Object> toMap(RunEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", event.type());
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            try {
                out.put(snake(component.getName()), plain(component.getAccessor().invoke(event)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Times, durations and enums as events write them. */
    public static Object plain(Object value) {
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof Duration d) {
            return Durations.format(d);
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        return value;
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
