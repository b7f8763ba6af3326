package dev.playbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.model.Durations;
import dev.playbook.model.InputType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** `-i name=value` follows the rules of the file: no Infinity, no negative durations, reasons that say something. */
class InputConversionTest {

    @Test
    void aNumberPastTheDoubleRangeIsRefusedAsInTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputValues.parse(InputType.NUMBER, "1e999"));
        assertEquals("`1e999` is out of range", e.getMessage());
        assertEquals(2.5, InputValues.parse(InputType.NUMBER, "2.5"));
    }

    @Test
    void aNegativeDurationIsNotADuration() {
        assertThrows(IllegalArgumentException.class, () -> InputValues.parse(InputType.DURATION, "P-1D"));
        assertEquals(Optional.empty(), Durations.parse("PT-5M"));
        assertEquals(Optional.of(java.time.Duration.ofDays(1)), Durations.parse("P1D"));
    }

    @Test
    void aMapThatCannotBeReadSaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputValues.parse(InputType.MAP, "{a: *x}"));
        assertTrue(e.getMessage().startsWith("cannot read `{a: *x}` as YAML: ") && e.getMessage().length() > "cannot read `{a: *x}` as YAML: ".length(),
                e.getMessage());
    }
}
