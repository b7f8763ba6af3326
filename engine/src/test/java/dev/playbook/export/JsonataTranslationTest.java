package dev.playbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Expression;
import dev.playbook.model.Playbook;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Template;
import dev.playbook.model.Value;
import dev.playbook.expr.Scope;
import dev.playbook.testing.NpmTools;
import dev.playbook.testing.PlaybookText;
import dev.playbook.testing.Processes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The translation means what the expression means: each expression is evaluated by the run's
 * engine (JEXL) and, translated, by the jsonata package Step Functions' dialect follows, over the
 * same data; the answers must be equal.
 */
class JsonataTranslationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PLAYBOOK = """
            apiVersion: playbook/v1
            kind: Playbook
            metadata: {name: t}
            inputs:
              name: {type: string, default: web}
              count: {type: integer, default: 3}
              on: {type: boolean, default: true}
            vars:
              db: basecoat
              url: "https://${vars.db}/health"
            phases:
              - id: p
                steps:
                  - id: a
                    action: log
                    with: {message: x}
                  - id: b
                    action: log
                    with: {message: y}
            """;

    /** The expressions of the shipped playbooks, by form, and the operators around them. */
    private static final List<String> EXPRESSIONS = List.of(
            "inputs.on",
            "!inputs.on",
            "inputs.on && inputs.count > 2",
            "!inputs.on || inputs.count >= 3",
            "inputs.count + 1",
            "inputs.count * 2 - 1",
            "inputs.count % 2",
            "inputs.count / 2",
            "-inputs.count",
            "'run ' + inputs.name",
            "inputs.name + '-' + inputs.count",
            "steps.a.result.Name + '!'",
            "steps.a.result.Count + 1",
            "'n=' + steps.a.result.Count",
            "steps.a.status == 'succeeded'",
            "steps.b.status != 'succeeded'",
            "steps.a.result.Items[0].State == 'InService'",
            "steps.a.result.Items[1].State",
            "size(steps.a.result.Items)",
            "size(steps.a.result.Items) == 0 || steps.a.result.Items[0].State == 'InService'",
            "size(inputs.name)",
            "size(steps.a.result)",
            "empty(steps.a.result.Items)",
            "(steps.a.result.Missing ?? '') == ''",
            "steps.a.result.Name ?? 'none'",
            "steps.a.result.Nested?.Deep ?? 'none'",
            "steps.a.status == 'succeeded' ? steps.a.result.Name : 'not answering'",
            "inputs.on ? 'REBOOT ' + vars.db + ' (temporary)' : 'PROMOTE'",
            "vars.url",
            "steps.a.result.Name =~ ['x', 'y']",
            "inputs.name =~ 'w.b'",
            "inputs.name !~ 'db.*'",
            "inputs.name =^ 'we'",
            "inputs.name =$ 'eb'",
            "list:count(steps.a.result.Items, {'State': 'InService'})",
            "list:count(steps.a.result.Items, {'State': 'InService'}) == 1",
            "steps.a.result.Count < 3 && steps.a.result.Count > 1",
            "[1, 2, inputs.count]",
            "{'k': inputs.name, 'n': 1}",
            "steps.a.result.Ratio * 100 < 80");

    @Test
    void everyFormMeansTheSameInJsonata() throws Exception {
        LoadResult loaded = PlaybookLoader.load("t.yaml", PLAYBOOK);
        PlaybookText.assertLoadsClean(loaded);
        Playbook playbook = loaded.playbook();
        Problems problems = new Problems("Step Functions");
        Jsonata jsonata = new Jsonata(new Names(playbook), problems, null);

        Map<String, Object> a = new LinkedHashMap<>();
        a.put("status", "succeeded");
        a.put("result", Map.of("Name", "x", "Count", 2L, "Ratio", 0.5,
                "Items", List.of(Map.of("State", "InService"), Map.of("State", "Pending")), "Empty", new ArrayList<>()));
        Map<String, Object> b = Map.of("status", "failed", "error", Map.of("code", "Boom", "message", "it broke"));
        Map<String, Object> inputs = Map.of("name", "web", "count", 3L, "on", true);
        Map<String, Object> vars = Map.of("db", "basecoat", "url", "https://basecoat/health");
        Scope scope = new Scope(Map.of("inputs", inputs, "vars", vars, "steps", Map.of("a", a, "b", b)), PlaybookText.fixedClock());

        ObjectNode bindings = JSON.createObjectNode();
        bindings.set("inputs", JSON.valueToTree(inputs));
        bindings.set("vars", JSON.valueToTree(vars));
        bindings.set("step_a", JSON.valueToTree(a));
        bindings.set("step_b", JSON.valueToTree(b));

        ArrayNode requests = JSON.createArrayNode();
        List<Object> expected = new ArrayList<>();
        for (String source : EXPRESSIONS) {
            Expression e = new Expression(source, new SourcePos("t.yaml", 1, 1));
            expected.add(ExpressionEngine.get().evaluate(e, scope));
            ObjectNode request = requests.addObject();
            request.put("expression", unwrap(Jsonata.wrap(jsonata.expression(e))));
            request.set("bindings", bindings);
        }
        assertEquals(List.of(), problems.sorted(), "every form here has a translation");

        JsonNode answers = evaluate(requests);
        for (int i = 0; i < EXPRESSIONS.size(); i++) {
            JsonNode answer = answers.get(i);
            assertTrue(answer.has("value"), EXPRESSIONS.get(i) + " -> " + requests.get(i).get("expression").asText() + ": " + answer);
            assertSame(JSON.valueToTree(expected.get(i)), answer.get("value"), EXPRESSIONS.get(i) + " -> " + requests.get(i).get("expression").asText());
        }
    }

    @Test
    void templatesJoinLikeARun() throws Exception {
        LoadResult loaded = PlaybookLoader.load("t.yaml", PLAYBOOK);
        Playbook playbook = loaded.playbook();
        Jsonata jsonata = new Jsonata(new Names(playbook), new Problems("Step Functions"), null);
        Template url = ((Value.Text) playbook.vars().get("url").value()).template();
        Scope scope = new Scope(Map.of("inputs", Map.of(), "vars", Map.of("db", "basecoat"), "steps", Map.of()), PlaybookText.fixedClock());

        ArrayNode requests = JSON.createArrayNode();
        ObjectNode request = requests.addObject();
        request.put("expression", unwrap(Jsonata.wrap(jsonata.templateExpression(url))));
        request.set("bindings", JSON.createObjectNode().set("vars", JSON.valueToTree(Map.of("db", "basecoat"))));

        assertEquals(ExpressionEngine.get().render(url, scope), evaluate(requests).get(0).get("value").asText());
    }

    @Test
    void whatHasNoMeaningIsReportedAtItsColumnAndFailsWhenReached() throws Exception {
        LoadResult loaded = PlaybookLoader.load("t.yaml", PLAYBOOK);
        Problems problems = new Problems("Step Functions");
        Jsonata jsonata = new Jsonata(new Names(loaded.playbook()), problems, null);
        String translated = jsonata.expression(new Expression("inputs.count > 1 && run.elapsed > 0", new SourcePos("t.yaml", 7, 10)));

        assertEquals(List.of("t.yaml:7:30: error[export-expression]: `run.elapsed` has no Step Functions counterpart (Step Functions)"),
                problems.sorted().stream().map(d -> d.headline()).toList());
        ArrayNode requests = JSON.createArrayNode();
        requests.addObject().put("expression", translated).set("bindings", JSON.createObjectNode()
                .set("inputs", JSON.valueToTree(Map.of("count", 3))));
        assertEquals("t.yaml:7:30: not exported: `run.elapsed` has no Step Functions counterpart", evaluate(requests).get(0).get("error").asText());
    }

    private static String unwrap(String wrapped) {
        return wrapped.substring(3, wrapped.length() - 3);
    }

    private static JsonNode evaluate(ArrayNode requests) throws Exception {
        NpmTools.bin("asl-validator");
        var finished = Processes.run(List.of("node", NpmTools.aslDir().resolve("evaluate-jsonata.js").toString()), requests.toString());
        assertEquals(0, finished.exitCode(), finished.output());
        return JSON.readTree(finished.output());
    }

    private static void assertSame(JsonNode expected, JsonNode actual, String what) {
        if (expected.isNumber() && actual.isNumber()) {
            assertEquals(expected.asDouble(), actual.asDouble(), 1e-9, what);
        } else if (expected.isContainerNode() && actual.isContainerNode()) {
            assertEquals(expected.size(), actual.size(), what);
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSame(expected.get(i), actual.get(i), what);
                }
            } else {
                expected.fieldNames().forEachRemaining(name -> assertSame(expected.get(name), actual.get(name), what + " ." + name));
            }
        } else {
            assertEquals(expected, actual, what);
        }
    }
}
