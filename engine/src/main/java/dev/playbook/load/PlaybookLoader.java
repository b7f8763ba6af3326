package dev.playbook.load;

import dev.playbook.diag.PlaybookException;
import dev.playbook.format.FormatV1;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Check;
import dev.playbook.model.Criterion;
import dev.playbook.model.Defaults;
import dev.playbook.model.Expression;
import dev.playbook.model.Input;
import dev.playbook.model.InputType;
import dev.playbook.model.ManualStep;
import dev.playbook.model.Metadata;
import dev.playbook.model.Objectives;
import dev.playbook.model.OnFailure;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Retry;
import dev.playbook.model.Review;
import dev.playbook.model.SourcePos;
import dev.playbook.model.Step;
import dev.playbook.model.StepCommon;
import dev.playbook.model.Steps;
import dev.playbook.model.Var;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a playbook file into the model, collecting every error with its position. */
public final class PlaybookLoader {

    private final NodeReader reader;
    private final InputReader inputs;
    private final Map<String, SourcePos> ids = new HashMap<>();

    private PlaybookLoader(NodeReader reader) {
        this.reader = reader;
        this.inputs = new InputReader(reader);
    }

    public static LoadResult load(Path path) {
        try {
            return load(SourceFile.read(path));
        } catch (PlaybookException e) {
            return new LoadResult(path.toString(), null, e.diagnostics(), List.of());
        }
    }

    public static LoadResult load(String name, String text) {
        return load(new SourceFile(name, text));
    }

    public static LoadResult load(SourceFile source) {
        DefinedDocument.Read<Parsed> read = DefinedDocument.read(source, (reader, root) -> {
            Playbook playbook = new PlaybookLoader(reader).playbook(source.name(), root);
            if (!reader.diagnostics().hasErrors()) {
                VarCheck.check(playbook, reader.diagnostics());
            }
            return new Parsed(playbook, root);
        });
        Parsed parsed = read.value();
        return parsed == null ? new LoadResult(source.name(), null, read.diagnostics(), source.lines())
                : new LoadResult(source.name(), parsed.playbook(), read.diagnostics(), source.lines(), parsed.tree());
    }

    /** A playbook and the YAML tree it was read from. */
    private record Parsed(Playbook playbook, Node tree) {
    }

    private Playbook playbook(String file, Node root) {
        Fields top = reader.fields(root, FormatV1.PLAYBOOK, "the playbook");
        if (top == null) {
            return null;
        }
        if (!apiVersionSupported(top)) {
            return null;
        }
        reader.oneOf(top.node("kind"), List.of("Playbook"));
        Metadata metadata = metadata(top.node("metadata"));
        Objectives objectives = objectives(top.node("objectives"));
        List<Criterion> criteria = new CriteriaReader(reader, this::waitStep).criteria(top.node("criteria"));
        Map<String, Input> inputMap = inputs.inputs(top.node("inputs"));
        Map<String, Var> vars = new LinkedHashMap<>();
        reader.identifierMap(top.node("vars"), "vars")
                .forEach((name, node) -> vars.put(name, new Var(name, reader.value(node), reader.pos(node))));
        Defaults defaults = defaults(top.node("defaults"));
        List<Phase> phases = new ArrayList<>();
        for (Node node : reader.list(top.node("phases"), "phases")) {
            Phase phase = phase(node);
            if (phase != null) {
                phases.add(phase);
            }
        }
        List<Step> rollback = steps(top.node("rollback"), "rollback");
        return new Playbook(file, FormatV1.API_VERSION, metadata, objectives, criteria, inputMap, vars, defaults, phases, rollback);
    }

    private boolean apiVersionSupported(Fields top) {
        Node node = top.node("apiVersion");
        if (node == null) {
            return true;
        }
        String version = reader.string(node);
        if (version == null || FormatV1.SUPPORTED_API_VERSIONS.contains(version)) {
            return true;
        }
        reader.error(reader.pos(node), "api-version", "apiVersion `" + version + "` is not supported",
                "this interpreter reads " + String.join(", ", FormatV1.SUPPORTED_API_VERSIONS)
                        + (version.startsWith("playbook/v") ? "; upgrade playbook to read newer versions" : ""));
        return false;
    }

    private Metadata metadata(Node node) {
        Fields f = node == null ? null : reader.fields(node, FormatV1.METADATA, "metadata");
        if (f == null) {
            return null;
        }
        Review review = null;
        Node reviewNode = f.node("review");
        if (reviewNode != null) {
            Fields r = reader.fields(reviewNode, FormatV1.REVIEW, "metadata.review");
            if (r != null) {
                Node next = r.node("next");
                review = new Review(reader.date(r.node("last")), reader.date(next), next == null ? r.pos() : reader.pos(next));
            }
        }
        return new Metadata(reader.name(f.node("name")), reader.string(f.node("title")), reader.string(f.node("version")),
                reader.string(f.node("description")), reader.strings(f.node("owners"), "owners"),
                reader.oneOf(f.node("severity"), FormatV1.SEVERITIES), reader.strings(f.node("escalation"), "escalation"),
                reader.strings(f.node("tags"), "tags"), review, f.pos());
    }

    private Objectives objectives(Node node) {
        Fields f = node == null ? null : reader.fields(node, FormatV1.OBJECTIVES, "objectives");
        return f == null ? null : new Objectives(reader.duration(f.node("rto")), reader.duration(f.node("rpo")), f.pos());
    }

    private Defaults defaults(Node node) {
        Fields f = node == null ? null : reader.fields(node, FormatV1.DEFAULTS, "defaults");
        if (f == null) {
            return Defaults.NONE;
        }
        return new Defaults(reader.duration(f.node("timeout")), reader.template(f.node("region")),
                retry(f.node("retry")), onFailure(f.node("on_failure")));
    }

    private Retry retry(Node node) {
        Fields f = node == null ? null : reader.fields(node, FormatV1.RETRY, "retry");
        if (f == null) {
            return null;
        }
        Long attempts = reader.integer(f.node("attempts"));
        if (attempts != null && (attempts < 1 || attempts > 100)) {
            reader.error(reader.pos(f.node("attempts")), "bad-value", "attempts must be between 1 and 100", "1 means no retry");
            attempts = null;
        }
        Number backoff = reader.number(f.node("backoff"));
        if (backoff != null && backoff.doubleValue() < 1.0) {
            reader.error(reader.pos(f.node("backoff")), "bad-value", "backoff must be at least 1.0", "1.0 keeps the delay constant");
            backoff = null;
        }
        return new Retry(attempts == null ? null : attempts.intValue(), reader.duration(f.node("delay")),
                backoff == null ? null : backoff.doubleValue(), reader.duration(f.node("max_delay")),
                reader.bool(f.node("jitter")), reader.expression(f.node("retry_if")), f.pos());
    }

    private OnFailure onFailure(Node node) {
        String text = reader.oneOf(node, FormatV1.ON_FAILURE);
        return text == null ? null : OnFailure.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private Phase phase(Node node) {
        Fields f = reader.fields(node, FormatV1.PHASE, "phase");
        if (f == null) {
            return null;
        }
        String id = registerId(f.node("id"));
        List<Step> steps = steps(f.node("steps"), id == null ? "phase" : id);
        return new Phase(id, reader.string(f.node("title")), reader.string(f.node("description")),
                reader.duration(f.node("budget")), steps, f.pos());
    }

    private List<Step> steps(Node node, String context) {
        List<Step> out = new ArrayList<>();
        List<Node> items = reader.list(node, "steps");
        for (int i = 0; i < items.size(); i++) {
            Step step = step(items.get(i), context, i + 1);
            if (step != null) {
                out.add(step);
            }
        }
        return out;
    }

    private Step step(Node node, String context, int index) {
        Fields f = reader.fields(node, FormatV1.STEP, "step");
        if (f == null) {
            return null;
        }
        String id = f.has("id") ? registerId(f.node("id")) : context + "_parallel_" + index;
        StepCommon common = new StepCommon(id, f.keyPos("id"), reader.template(f.node("title")), reader.string(f.node("description")),
                reader.expression(f.node("when")), reader.duration(f.node("timeout")), retry(f.node("retry")),
                onFailure(f.node("on_failure")), reader.template(f.node("region")), f.pos());
        if (f.has("action")) {
            ActionCall call = new ActionCall(reader.string(f.node("action")), reader.pos(f.node("action")), reader.parameters(f.node("with")));
            return new ActionStep(common, call, reader.expression(f.node("expect")));
        }
        if (f.has("wait")) {
            return waitStep(common, f.node("wait"));
        }
        if (f.has("verify")) {
            List<Check> checks = new ArrayList<>();
            for (Node item : reader.list(f.node("verify"), "verify")) {
                Fields c = reader.fields(item, FormatV1.CHECK, "check");
                if (c != null) {
                    checks.add(new Check(reader.expression(c.node("that")), reader.string(c.node("title")), c.pos()));
                }
            }
            return new VerifyStep(common, checks);
        }
        if (f.has("manual")) {
            return new ManualStep(common, reader.template(f.node("manual")));
        }
        if (f.has("parallel")) {
            List<Step> branches = steps(f.node("parallel"), id);
            if (branches.stream().anyMatch(b -> Steps.is(b, ParallelStep.class))) {
                reader.error(f.keyPos("parallel"), "step-kind", "parallel blocks cannot be nested", "flatten the branches into one parallel block");
            }
            return new ParallelStep(common, branches);
        }
        return null;
    }

    WaitStep waitStep(StepCommon common, Node node) {
        Fields w = reader.fields(node, FormatV1.WAIT, "wait");
        if (w == null) {
            return null;
        }
        ActionCall call = new ActionCall(reader.string(w.node("action")), reader.pos(w.node("action") == null ? node : w.node("action")),
                reader.parameters(w.node("with")));
        Expression until = reader.expression(w.node("until"));
        return new WaitStep(common, call, until, reader.duration(w.node("every")), reader.duration(w.node("max_every")),
                reader.duration(w.node("timeout")), w.pos());
    }

    private String registerId(Node node) {
        String id = reader.identifier(node);
        if (id == null) {
            return null;
        }
        SourcePos pos = reader.pos(node);
        SourcePos first = ids.putIfAbsent(id, pos);
        if (first != null) {
            reader.error(pos, "duplicate-id", "id `" + id + "` is already used at line " + first.line(),
                    "phase and step ids share one namespace; rename one of them");
        }
        return id;
    }

    /** Exposed for {@link InputReader}: converts an input type name. */
    static InputType inputType(String name) {
        return name == null ? null : InputType.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
