package dev.playbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.action.Action;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.ActionSchema;
import dev.playbook.format.FormatV1;
import dev.playbook.format.SchemaGenerator;
import dev.playbook.format.WorldFormatV1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schemas an editor reads, as {@code playbook schema --out DIR} writes them (and as
 * {@code schema/} holds them): the playbook format with, for every action, its name among the
 * completions of {@code action:} and its {@code with:} parameters; the world format. The actions
 * are split into one file per group ({@code actions/aws.ec2.schema.json}, ...), referenced from
 * the playbook schema, so that no file is too large for an editor to load.
 */
final class EditorSchemas {

    static final String PLAYBOOK = "playbook-v1.schema.json";
    static final String WORLD = "world-v1.schema.json";
    static final String ACTIONS_DIR = "actions";
    /** The group of actions whose names have fewer than two dots: the built-ins and most plugins'. */
    private static final String UNGROUPED = "actions";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EditorSchemas() {
    }

    /** Every file, by its path relative to the schema directory, with its text. */
    static Map<String, String> files(ActionRegistry registry) {
        Map<String, List<Action>> groups = groups(registry);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PLAYBOOK, SchemaGenerator.render(playbook(groups.keySet())));
        files.put(WORLD, SchemaGenerator.render(WorldFormatV1.FORMAT));
        groups.forEach((group, actions) -> files.put(ACTIONS_DIR + "/" + group + ".schema.json", SchemaGenerator.render(group(group, actions))));
        return files;
    }

    private static Map<String, List<Action>> groups(ActionRegistry registry) {
        Map<String, List<Action>> groups = new TreeMap<>();
        for (String name : registry.names()) {
            registry.find(name).ifPresent(action -> groups.computeIfAbsent(groupOf(name), g -> new ArrayList<>()).add(action));
        }
        return groups;
    }

    /** {@code aws.rds.promoteReadReplica} is in group {@code aws.rds}; {@code http.get} in the ungrouped. */
    static String groupOf(String action) {
        int last = action.lastIndexOf('.');
        return last > action.indexOf('.') ? action.substring(0, last) : UNGROUPED;
    }

    /** The format's schema, whose steps and waits also take the rules of every group of actions. */
    private static ObjectNode playbook(Iterable<String> groups) {
        ObjectNode schema = SchemaGenerator.schema(FormatV1.FORMAT);
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        for (String callsAnAction : List.of(FormatV1.STEP.name(), FormatV1.WAIT.name())) {
            ObjectNode def = (ObjectNode) defs.get(callsAnAction);
            ArrayNode allOf = def.has("allOf") ? (ArrayNode) def.get("allOf") : def.putArray("allOf");
            groups.forEach(group -> allOf.addObject().put("$ref", ACTIONS_DIR + "/" + group + ".schema.json"));
        }
        return schema;
    }

    private static ObjectNode group(String group, List<Action> actions) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "playbook actions " + (group.equals(UNGROUPED) ? "without a group" : group + ".*"));
        schema.put("description", "The names and with: parameters of these actions, for editors. Generated from the actions' "
                + "signatures (`playbook schema --out DIR`); do not edit by hand.");
        schema.set("$defs", ActionSchema.definitions());
        ArrayNode names = schema.putObject("properties").putObject("action").putArray("examples");
        actions.forEach(action -> names.add(action.name()));
        ArrayNode rules = schema.putArray("allOf");
        actions.forEach(action -> rules.add(ActionSchema.conditional(action)));
        return schema;
    }
}
