package dev.playbook.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("list: functions")
class ListFunctionsTest {

    private static final ExpressionEngine ENGINE = ExpressionEngine.get();
    private static final SourcePos AT = new SourcePos("list.yaml", 3, 14);

    private static final List<Map<String, Object>> INSTANCES = List.of(
            Map.of("InstanceId", "i-1", "LifecycleState", "InService", "HealthStatus", "Healthy", "Weight", 1L),
            Map.of("InstanceId", "i-2", "LifecycleState", "Pending", "HealthStatus", "Healthy", "Weight", 2L),
            Map.of("InstanceId", "i-3", "LifecycleState", "InService", "HealthStatus", "Unhealthy", "Weight", 1L),
            Map.of("InstanceId", "i-4", "LifecycleState", "InService", "HealthStatus", "Healthy", "Weight", 1.0));

    private static Object evaluate(String source) {
        Scope scope = new Scope(Map.of("instances", INSTANCES, "desired", 2L), new TimeFunctions(() -> Instant.EPOCH));
        return ENGINE.evaluate(new Expression(source, AT), scope);
    }

    @Test
    @DisplayName("list:count counts the items whose every given field equals its value")
    void countsItemsMatchingEveryField() {
        assertEquals(2L, evaluate("list:count(instances, {'LifecycleState': 'InService', 'HealthStatus': 'Healthy'})"));
        assertEquals(3L, evaluate("list:count(instances, {'LifecycleState': 'InService'})"));
        assertEquals(0L, evaluate("list:count(instances, {'LifecycleState': 'Terminating'})"));
        assertEquals(4L, evaluate("list:count(instances, {:})"));
        assertTrue((Boolean) evaluate("list:count(instances, {'HealthStatus': 'Healthy', 'LifecycleState': 'InService'}) >= desired"));
    }

    @Test
    @DisplayName("numbers compare by value, as == does: 1 matches 1 and 1.0")
    void numbersCompareByValue() {
        assertEquals(3L, evaluate("list:count(instances, {'Weight': 1})"));
        assertEquals(1L, evaluate("list:count(instances, {'Weight': 2.0})"));
    }

    @Test
    @DisplayName("a missing field never matches, and items that are not maps are not counted")
    void missingFieldsAndNonMapsDoNotMatch() {
        assertEquals(0L, evaluate("list:count(instances, {'Zone': 'us-west-2a'})"));
        assertEquals(1L, evaluate("list:count(['a', {'k': 1}, 3], {'k': 1})"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list:count(null, {:})", "list:count('InService', {:})", "list:count(instances[0], {:})"})
    @DisplayName("counting something that is not a list is an expression error that says so")
    void countingANonListIsAnError(String source) {
        ExpressionError e = assertThrows(ExpressionError.class, () -> evaluate(source));

        assertEquals("expression-eval", e.id());
        assertTrue(e.getMessage().contains("list:count needs a list of items"), e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list:getClass()", "list:hashCode()", "list:wait(1)", "list:INSTANCE", "list:count"})
    @DisplayName("only list:count can be reached; the object behind the namespace cannot")
    void nothingButCountIsReachable(String source) {
        assertThrows(ExpressionError.class, () -> {
            ENGINE.compile(new Expression(source, AT));
            evaluate(source);
        });
    }
}
