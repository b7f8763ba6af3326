package dev.playbook.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.Durations;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a {@link RunEvent}, one object per line: written by the journal and by
 * {@code --output json}, read back by {@link Journal}. Keys are the record's components in
 * snake case after {@code type}; instants are ISO-8601, durations as a playbook writes them,
 * enums in lower case. Integers read back as longs, as the loader reads them.
 */
public final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private EventJson() {
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

    /** One line read back; throws when it is not JSON (a torn write). */
    static JsonNode read(String line) throws JsonProcessingException {
        return JSON.readTree(line);
    }

    /** A field's value as plain Java: maps, lists, strings, longs, doubles, booleans, or null. */
    static Object value(JsonNode value) {
        return JSON.convertValue(value, Object.class);
    }

    private static Map<String, Object> toMap(RunEvent event) {
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
            return e.name().toLowerCase(Locale.ROOT);
        }
        return value;
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
