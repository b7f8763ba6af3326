package dev.playbook.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.model.Expression;
import dev.playbook.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding what an expression reads, and where, so diagnostics can point under the token. */
class ReferencesTest {

    private static List<Reference> of(String source) {
        return References.of(new Expression(source, SourcePos.of("t.yaml")));
    }

    private static List<String> texts(String source) {
        return of(source).stream().map(r -> r.text() + "@" + r.offset()).toList();
    }

    @Test
    void pathsKeepTheirNamesIndexesAndOffsets() {
        List<Reference> refs = of("steps.db.result.DBInstances[0]['Status'] == 'available'");
        assertEquals(1, refs.size());
        assertEquals(List.of("db", "result", "DBInstances", "0", "Status"), refs.get(0).path());
        assertEquals("steps.db.result.DBInstances[0]['Status']", refs.get(0).text());
        assertEquals(0, refs.get(0).offset());
    }

    @Test
    void namesInsideStringsFunctionsAndNamespacesAreNotVariables() {
        String source = "'steps.x' == 'a' && !empty(inputs.region) && time:now() != ''";
        assertEquals(List.of("inputs.region@" + source.indexOf("inputs")), texts(source));
        assertEquals(List.of("inputs.x@0", "vars.a@11", "vars.b@20"), texts("inputs.x ? vars.a : vars.b"));
    }

    @Test
    void safeNavigationAndFallbacksMarkAReadAsGuarded() {
        assertTrue(of("steps.x?.result.id").get(0).safe());
        assertTrue(of("(steps.x.result.id ?? '') == ''").get(0).coalesced());
        assertTrue(of("steps.x.result.id ?: 'none'").get(0).coalesced());
        assertEquals(false, of("steps.x.result.id == 'a'").get(0).guarded());
    }

    @Test
    void aComputedIndexEndsThePathAndItsContentIsReadToo() {
        assertEquals(List.of("steps@0", "inputs.step@6"), texts("steps[inputs.step].status"));
    }

    @Test
    void anExpressionThatDoesNotCompileReadsNothing() {
        assertEquals(List.of(), of("steps.x.status ==="));
    }
}
