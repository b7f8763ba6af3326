package dev.playbook.format;

import static dev.playbook.format.FieldSpec.optional;
import static dev.playbook.format.FieldSpec.optionalNonEmpty;
import static dev.playbook.format.FieldSpec.required;
import static dev.playbook.format.FieldSpec.requiredNonEmpty;
import static dev.playbook.format.FieldType.ANY;
import static dev.playbook.format.FieldType.BOOLEAN;
import static dev.playbook.format.FieldType.DATE;
import static dev.playbook.format.FieldType.DURATION;
import static dev.playbook.format.FieldType.EXPRESSION;
import static dev.playbook.format.FieldType.IDENTIFIER;
import static dev.playbook.format.FieldType.INTEGER;
import static dev.playbook.format.FieldType.NAME;
import static dev.playbook.format.FieldType.NUMBER;
import static dev.playbook.format.FieldType.PERCENT;
import static dev.playbook.format.FieldType.PARAMETERS;
import static dev.playbook.format.FieldType.STRING;
import static dev.playbook.format.FieldType.TEMPLATE;
import static dev.playbook.format.FieldType.enumOf;
import static dev.playbook.format.FieldType.listOf;
import static dev.playbook.format.FieldType.mapOf;
import static dev.playbook.format.FieldType.object;

import java.util.List;
import java.util.Map;

/**
 * The playbook format, version 1: the one definition from which the loader checks keys, the JSON
 * Schema is generated, and the tables of docs/format.md are written.
 */
public final class FormatV1 {

    public static final String API_VERSION = "playbook/v1";
    public static final List<String> SUPPORTED_API_VERSIONS = List.of(API_VERSION);
    public static final List<String> STEP_KINDS = List.of("action", "wait", "verify", "manual", "parallel");
    public static final List<String> SEVERITIES = List.of("P1", "P2", "P3", "P4", "critical");
    public static final List<String> INPUT_TYPES = List.of("string", "integer", "number", "boolean", "duration", "list", "map");
    public static final List<String> ON_FAILURE = List.of("abort", "continue", "rollback");
    public static final List<String> CRITERION_KINDS = List.of("within", "succeeded", "error_rate", "end_state");

    public static final ObjectSpec PLAYBOOK = new ObjectSpec("Playbook",
            "The top level of a playbook file.",
            List.of(
                    required("apiVersion", enumOf(API_VERSION), "Format version. Only `" + API_VERSION + "` is understood; another major version is refused."),
                    required("kind", enumOf("Playbook"), "Always `Playbook`."),
                    required("metadata", object("Metadata"), "Who owns the playbook and what it is for."),
                    optional("objectives", object("Objectives"), "Recovery objectives the run is measured against."),
                    optional("criteria", listOf(object("Criterion")), "Success criteria: the verdict of a run or drill holds each of them, besides the objectives."),
                    optional("inputs", mapOf(object("Input")), "Values given when the run starts (`-i name=value`), by name."),
                    optional("vars", mapOf(ANY), "Named values computed once at the start; strings may use `${...}` over inputs and earlier vars."),
                    optional("defaults", object("Defaults"), "Defaults for every step."),
                    requiredNonEmpty("phases", listOf(object("Phase")), "The phases, run in order."),
                    optional("rollback", listOf(object("Step")), "Steps run in order when a step with `on_failure: rollback` fails.")));

    public static final ObjectSpec METADATA = new ObjectSpec("Metadata",
            "Describes the playbook.",
            List.of(
                    required("name", NAME, "Short name, unique in the repository (`regional-failover`)."),
                    optional("title", STRING, "Human title (`Regional failure (Scenario 4)`)."),
                    optional("version", STRING, "The playbook's own version; quote it (`\"1.0\"`) when it looks like a number."),
                    optional("description", STRING, "Free text: scope, assumptions, links."),
                    optional("owners", listOf(STRING), "Teams or people who maintain it."),
                    optional("severity", enumOf(SEVERITIES.toArray(String[]::new)), "Incident severity this playbook answers."),
                    optional("escalation", listOf(STRING), "Who is escalated to, in order."),
                    optional("tags", listOf(STRING), "Free labels for search."),
                    optional("review", object("Review"), "When the playbook was last reviewed and is next due.")));

    public static final ObjectSpec REVIEW = new ObjectSpec("Review",
            "Review dates; lint warns once `next` has passed.",
            List.of(
                    optional("last", DATE, "Date of the last review."),
                    optional("next", DATE, "Date the next review is due.")));

    public static final ObjectSpec OBJECTIVES = new ObjectSpec("Objectives",
            "Recovery objectives.",
            List.of(
                    optional("rto", DURATION, "Recovery time objective: service is restored within it (a drill measures it from the world; a real run by when it ends)."),
                    optional("rpo", DURATION, "Recovery point objective: the data loss the recovery may accept (a drill measures the writes lost).")));

    public static final ObjectSpec CRITERION = new ObjectSpec("Criterion",
            "A success criterion of the verdict. It has exactly one kind key: `within`, `succeeded`, `error_rate` or `end_state`."
                    + " A criterion that cannot be measured (its steps did not run, no evidence) fails the verdict unless `may_be_absent` is true.",
            List.of(
                    required("title", STRING, "What the criterion says, as the verdict table shows it (`Failover completes within 60 minutes`)."),
                    optional("within", DURATION, "Kind **time limit**: the window (a phase, a span of steps, or the whole run) takes at most this long."),
                    optional("succeeded", listOf(IDENTIFIER), "Kind **steps**: each of these steps ran and succeeded."),
                    optional("error_rate", PERCENT, "Kind **error-rate ceiling**: the share of user requests that failed over the window (both regions) stays below this."),
                    optional("end_state", object("Wait"), "Kind **end state**: polled once the run has ended (in a drill, once DNS changes have reached the resolvers) until `until` holds, at most `timeout` (default 5m). Sees `inputs` and `vars`."),
                    optional("phase", IDENTIFIER, "Window: this phase, from its start to its end."),
                    optional("from", IDENTIFIER, "Window: starts when this step starts (without `to`: lasts to the end of the run)."),
                    optional("to", IDENTIFIER, "Window: ends when this step ends (without `from`: starts with the run)."),
                    optional("may_be_absent", BOOLEAN, "When true, a criterion that could not be measured is reported as such without failing the verdict (default false).")),
            CRITERION_KINDS,
            Map.of(),
            Map.of());

    public static final ObjectSpec INPUT = new ObjectSpec("Input",
            "A value given when the run starts.",
            List.of(
                    required("type", enumOf(INPUT_TYPES.toArray(String[]::new)), "The value's type; `-i` values are converted to it."),
                    optional("description", STRING, "Shown by `plan` and the REPL."),
                    optional("default", ANY, "Used when the input is not given."),
                    optional("required", BOOLEAN, "When true the run refuses to start without it (default: true when there is no default)."),
                    optional("enum", listOf(ANY), "The allowed values."),
                    optional("minimum", NUMBER, "Smallest allowed number."),
                    optional("maximum", NUMBER, "Largest allowed number."),
                    optional("secret", BOOLEAN, "Never printed, journaled or reported.")));

    public static final ObjectSpec DEFAULTS = new ObjectSpec("Defaults",
            "Defaults that every step inherits.",
            List.of(
                    optional("timeout", DURATION, "Time limit of one attempt of a step."),
                    optional("region", TEMPLATE, "AWS region of `aws.*` steps that do not name one."),
                    optional("retry", object("Retry"), "Retry policy of steps that do not give one."),
                    optional("on_failure", enumOf(ON_FAILURE.toArray(String[]::new)), "What a failing step does to the run.")));

    public static final ObjectSpec RETRY = new ObjectSpec("Retry",
            "How a failed attempt is retried: delay, then delay x backoff, ... capped at max_delay.",
            List.of(
                    optional("attempts", INTEGER, "Total attempts, the first included (default 1: no retry)."),
                    optional("delay", DURATION, "Wait before the second attempt (default 5s)."),
                    optional("backoff", NUMBER, "Factor applied to the delay after each attempt (default 2.0)."),
                    optional("max_delay", DURATION, "Largest delay between attempts (default 1m)."),
                    optional("jitter", BOOLEAN, "Randomise each delay between half and all of it (default true)."),
                    optional("retry_if", EXPRESSION, "Retry only when this holds; `error.code` and `error.message` are in scope.")));

    public static final ObjectSpec PHASE = new ObjectSpec("Phase",
            "A stage of the runbook with a time budget.",
            List.of(
                    required("id", IDENTIFIER, "Identifier, unique among phase and step ids."),
                    optional("title", STRING, "Human title (`Assessment (0-15 min)`)."),
                    optional("description", STRING, "Free text."),
                    optional("budget", DURATION, "Time the runbook allows for the phase; an overrun is reported live and in the summary."),
                    requiredNonEmpty("steps", listOf(object("Step")), "The steps, run in order.")));

    public static final ObjectSpec STEP = new ObjectSpec("Step",
            "One step. It has exactly one kind key: `action`, `wait`, `verify`, `manual` or `parallel`.",
            List.of(
                    optional("id", IDENTIFIER, "Identifier, unique in the playbook; required except on `parallel`. Read results as `steps.<id>`."),
                    optional("title", TEMPLATE, "Human title."),
                    optional("description", STRING, "Free text: why the step exists."),
                    optional("when", EXPRESSION, "The step runs only when this holds; otherwise it is skipped (and recorded as skipped)."),
                    optional("timeout", DURATION, "Time limit of one attempt; the action is cancelled when it passes."),
                    optional("retry", object("Retry"), "Retry policy; missing fields come from `defaults.retry`."),
                    optional("on_failure", enumOf(ON_FAILURE.toArray(String[]::new)), "`abort` (default) ends the run, `continue` goes on, `rollback` runs the rollback steps then ends the run."),
                    optional("region", TEMPLATE, "AWS region for `aws.*` actions."),
                    optional("action", STRING, "Kind **action**: the registry action to call (`aws.rds.promoteReadReplica`, `http.get`)."),
                    optional("with", PARAMETERS, "Parameters of `action`; strings may use `${...}`."),
                    optional("expect", EXPRESSION, "Assertion over `result`; the step fails when it does not hold."),
                    optional("wait", object("Wait"), "Kind **wait**: poll an action until a condition holds."),
                    optionalNonEmpty("verify", listOf(object("Check")), "Kind **verify**: assertions, each evaluated and reported."),
                    optional("manual", TEMPLATE, "Kind **manual**: instructions for a person, who confirms when done."),
                    optionalNonEmpty("parallel", listOf(object("Step")), "Kind **parallel**: branches run concurrently; the step ends when all have ended.")),
            STEP_KINDS,
            Map.of("with", "action", "expect", "action"),
            Map.of("id", "parallel"));

    public static final ObjectSpec WAIT = new ObjectSpec("Wait",
            "Polls an action until `until` holds.",
            List.of(
                    required("action", STRING, "The action polled (read-only, usually a describe/get)."),
                    optional("with", PARAMETERS, "Its parameters."),
                    required("until", EXPRESSION, "Condition over `result`; the wait ends when it holds."),
                    required("every", DURATION, "First interval between polls; adaptive backoff may stretch it."),
                    optional("max_every", DURATION, "Largest interval between polls (default: 4 x `every`)."),
                    optional("timeout", DURATION, "The wait fails after this long, showing the last observed value.")));

    public static final ObjectSpec CHECK = new ObjectSpec("Check",
            "One assertion of a verify step.",
            List.of(
                    required("that", EXPRESSION, "Must hold for the check to pass."),
                    optional("title", STRING, "What the check means, shown in progress and reports.")));

    /** Every object, the root first; the order of docs/format.md. */
    public static final List<ObjectSpec> OBJECTS =
            List.of(PLAYBOOK, METADATA, REVIEW, OBJECTIVES, CRITERION, INPUT, DEFAULTS, RETRY, PHASE, STEP, WAIT, CHECK);

    public static final Format FORMAT = new Format("playbook-v1.schema.json", "playbook " + API_VERSION,
            "An executable disaster-recovery runbook.", PLAYBOOK, OBJECTS, "playbook schema --markdown");

    private FormatV1() {
    }

    public static ObjectSpec spec(String name) {
        return FORMAT.spec(name);
    }
}
