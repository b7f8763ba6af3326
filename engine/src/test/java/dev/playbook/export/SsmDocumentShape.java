package dev.playbook.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What an SSM Automation document (schemaVersion 0.3) must hold, action by action, as the
 * Automation actions reference lists them: the required inputs of each action used by export,
 * the step fields and their values, and that every step and {{ reference }} named exists. AWS
 * publishes no schema file for these documents, so this is the check.
 */
final class SsmDocumentShape {

    private static final Set<String> TOP = Set.of("description", "schemaVersion", "assumeRole", "parameters", "mainSteps", "outputs", "files");
    private static final Set<String> STEP = Set.of("name", "action", "description", "inputs", "outputs", "onFailure", "onCancel",
            "isCritical", "isEnd", "nextStep", "timeoutSeconds", "maxAttempts");
    private static final Map<String, List<String>> REQUIRED_INPUTS = Map.of(
            "aws:executeAwsApi", List.of("Service", "Api"),
            "aws:waitForAwsResourceProperty", List.of("Service", "Api", "PropertySelector", "DesiredValues"),
            "aws:assertAwsResourceProperty", List.of("Service", "Api", "PropertySelector", "DesiredValues"),
            "aws:branch", List.of("Choices"),
            "aws:approve", List.of("Approvers"),
            "aws:sleep", List.of("Duration"));
    private static final Set<String> PARAMETER_TYPES = Set.of("String", "StringList", "Integer", "Boolean", "MapList", "StringMap");
    private static final Set<String> CHOICE_OPERATORS = Set.of("StringEquals", "EqualsIgnoreCase", "StartsWith", "EndsWith", "Contains",
            "NumericEquals", "NumericGreater", "NumericLesser", "NumericGreaterOrEquals", "NumericLesserOrEquals", "BooleanEquals");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    private static final Pattern ISO_DURATION = Pattern.compile("P(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?|\\d+D)");

    private SsmDocumentShape() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(String yaml) {
        List<String> out = new ArrayList<>();
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        doc.keySet().stream().filter(k -> !TOP.contains(k)).forEach(k -> out.add("unknown top-level key " + k));
        if (!"0.3".equals(doc.get("schemaVersion"))) {
            out.add("schemaVersion is " + doc.get("schemaVersion") + ", not the string 0.3");
        }
        Map<String, Object> parameters = (Map<String, Object>) doc.getOrDefault("parameters", Map.of());
        parameters.forEach((name, p) -> {
            Object type = ((Map<String, Object>) p).get("type");
            if (!PARAMETER_TYPES.contains(type)) {
                out.add("parameter " + name + " has type " + type);
            }
        });
        List<Map<String, Object>> steps = (List<Map<String, Object>>) doc.get("mainSteps");
        if (steps == null || steps.isEmpty()) {
            out.add("no mainSteps");
            return out;
        }
        Set<String> names = new HashSet<>();
        Map<String, Set<String>> outputs = new java.util.HashMap<>();
        for (Map<String, Object> step : steps) {
            String name = String.valueOf(step.get("name"));
            if (!NAME.matcher(name).matches() || !names.add(name)) {
                out.add("step name " + name + " is not a unique [A-Za-z0-9_-] name");
            }
            Set<String> declared = new HashSet<>();
            for (Map<String, Object> o : (List<Map<String, Object>>) step.getOrDefault("outputs", List.of())) {
                declared.add(String.valueOf(o.get("Name")));
                if (o.get("Selector") == null || o.get("Type") == null) {
                    out.add(name + ": an output needs Name, Selector and Type");
                }
            }
            outputs.put(name, declared);
        }
        for (Map<String, Object> step : steps) {
            String name = String.valueOf(step.get("name"));
            step.keySet().stream().filter(k -> !STEP.contains(k)).forEach(k -> out.add(name + ": unknown key " + k));
            String action = String.valueOf(step.get("action"));
            List<String> required = REQUIRED_INPUTS.get(action);
            if (required == null) {
                out.add(name + ": action " + action + " is not one export uses");
                continue;
            }
            Map<String, Object> inputs = (Map<String, Object>) step.getOrDefault("inputs", Map.of());
            required.stream().filter(k -> inputs.get(k) == null).forEach(k -> out.add(name + ": " + action + " needs inputs." + k));
            if (inputs.get("DesiredValues") instanceof List<?> values && values.isEmpty()) {
                out.add(name + ": DesiredValues is empty");
            }
            if (action.equals("aws:sleep") && !ISO_DURATION.matcher(String.valueOf(inputs.get("Duration"))).matches()) {
                out.add(name + ": Duration " + inputs.get("Duration") + " is not ISO 8601");
            }
            if (action.equals("aws:branch")) {
                for (Map<String, Object> choice : (List<Map<String, Object>>) inputs.get("Choices")) {
                    target(out, name, names, choice.get("NextStep"));
                    choiceRule(out, name, choice);
                }
                if (inputs.containsKey("Default")) {
                    target(out, name, names, inputs.get("Default"));
                }
            }
            Object onFailure = step.get("onFailure");
            if (onFailure != null && !onFailure.equals("Abort") && !onFailure.equals("Continue")) {
                String f = String.valueOf(onFailure);
                if (!f.startsWith("step:") || !names.contains(f.substring(5))) {
                    out.add(name + ": onFailure " + f + " names no step");
                }
            }
            for (String k : List.of("isCritical", "isEnd")) {
                if (step.containsKey(k) && !(step.get(k) instanceof Boolean)) {
                    out.add(name + ": " + k + " is not a boolean");
                }
            }
            for (String k : List.of("timeoutSeconds", "maxAttempts")) {
                if (step.containsKey(k) && !(step.get(k) instanceof Number n && n.longValue() >= 1)) {
                    out.add(name + ": " + k + " is not a positive integer");
                }
            }
            if (step.containsKey("nextStep")) {
                target(out, name, names, step.get("nextStep"));
            }
            references(out, name, String.valueOf(inputs), parameters.keySet(), outputs);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void choiceRule(List<String> out, String step, Map<String, Object> rule) {
        if (rule.containsKey("And") || rule.containsKey("Or")) {
            ((List<Map<String, Object>>) rule.getOrDefault("And", rule.get("Or"))).forEach(r -> choiceRule(out, step, r));
        } else if (rule.containsKey("Not")) {
            choiceRule(out, step, (Map<String, Object>) rule.get("Not"));
        } else if (rule.get("Variable") == null || rule.keySet().stream().noneMatch(CHOICE_OPERATORS::contains)) {
            out.add(step + ": a choice needs Variable and an operator: " + rule);
        }
    }

    private static void target(List<String> out, String step, Set<String> names, Object target) {
        if (!names.contains(String.valueOf(target))) {
            out.add(step + ": next step " + target + " does not exist");
        }
    }

    private static void references(List<String> out, String step, String text, Set<String> parameters, Map<String, Set<String>> outputs) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String ref = m.group(1);
            if (ref.startsWith("automation:") || ref.startsWith("global:") || parameters.contains(ref)) {
                continue;
            }
            int dot = ref.indexOf('.');
            if (dot < 0 || !outputs.getOrDefault(ref.substring(0, dot), Set.of()).contains(ref.substring(dot + 1))) {
                out.add(step + ": {{ " + ref + " }} is neither a parameter nor a declared output");
            }
        }
    }
}
