package dev.playbook.load;

import dev.playbook.format.FormatV1;
import dev.playbook.model.Criterion;
import dev.playbook.model.SourcePos;
import dev.playbook.model.StepCommon;
import dev.playbook.model.WaitStep;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code criteria:}: each item's kind, its window, and the keys that make sense together. */
final class CriteriaReader {

    /** How long an end-state check is polled when its wait gives no timeout. */
    static final Duration END_STATE_TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern PERCENT = Pattern.compile(dev.playbook.format.FieldType.PERCENT_PATTERN);

    private final NodeReader reader;
    private final BiFunction<StepCommon, Node, WaitStep> waits;

    CriteriaReader(NodeReader reader, BiFunction<StepCommon, Node, WaitStep> waits) {
        this.reader = reader;
        this.waits = waits;
    }

    List<Criterion> criteria(Node node) {
        List<Criterion> out = new ArrayList<>();
        List<Node> items = reader.list(node, "criteria");
        for (int i = 0; i < items.size(); i++) {
            Criterion criterion = criterion(items.get(i), i + 1);
            if (criterion != null) {
                out.add(criterion);
            }
        }
        return out;
    }

    private Criterion criterion(Node node, int index) {
        Fields f = reader.fields(node, FormatV1.CRITERION, "criterion");
        if (f == null) {
            return null;
        }
        String title = reader.string(f.node("title"));
        boolean mayBeAbsent = Boolean.TRUE.equals(reader.bool(f.node("may_be_absent")));
        Criterion.Window window = window(f);
        SourcePos pos = f.pos();
        if (f.has("within")) {
            Duration limit = reader.duration(f.node("within"));
            return limit == null || window == null ? null : new Criterion.TimeLimit(title, limit, window, mayBeAbsent, pos);
        }
        if (f.has("error_rate")) {
            Double ceiling = percent(f.node("error_rate"));
            return ceiling == null || window == null ? null : new Criterion.ErrorRate(title, ceiling, window, mayBeAbsent, pos);
        }
        if (window != null && !window.wholeRun()) {
            String key = f.has("phase") ? "phase" : f.has("from") ? "from" : "to";
            reader.error(f.keyPos(key), "criterion-window", "`" + key + "` means nothing for a "
                            + (f.has("succeeded") ? "`succeeded`" : "`end_state`") + " criterion",
                    "a window belongs to `within` and `error_rate`; remove it");
            return null;
        }
        if (f.has("succeeded")) {
            List<String> steps = new ArrayList<>();
            for (Node item : reader.list(f.node("succeeded"), "succeeded")) {
                String id = reader.identifier(item);
                if (id != null) {
                    steps.add(id);
                }
            }
            if (steps.isEmpty() && f.has("succeeded")) {
                reader.error(f.keyPos("succeeded"), "criterion-window", "`succeeded` lists no step", "name the steps that must succeed");
                return null;
            }
            return new Criterion.StepsSucceeded(title, steps, mayBeAbsent, pos);
        }
        if (f.has("end_state")) {
            StepCommon common = new StepCommon("criterion_" + index, f.keyPos("end_state"), null, null, null, null, null, null, null,
                    reader.pos(f.node("end_state")));
            WaitStep wait = waits.apply(common, f.node("end_state"));
            if (wait == null) {
                return null;
            }
            if (wait.timeout() == null) {
                wait = new WaitStep(wait.common(), wait.call(), wait.until(), wait.every(), wait.maxEvery(), END_STATE_TIMEOUT, wait.waitPos());
            }
            return new Criterion.EndState(title, wait, mayBeAbsent, pos);
        }
        return null;
    }

    /** The window, or null after reporting a key combination that names none. */
    private Criterion.Window window(Fields f) {
        String phase = reader.identifier(f.node("phase"));
        String from = reader.identifier(f.node("from"));
        String to = reader.identifier(f.node("to"));
        if (phase != null && (from != null || to != null)) {
            reader.error(f.keyPos(from != null ? "from" : "to"), "criterion-window", "a criterion's window is a `phase` or a span `from`/`to`, not both",
                    "keep `phase: " + phase + "`, or the span");
            return null;
        }
        return new Criterion.Window(phase, from, to);
    }

    /** {@code 0.5%} as 0.005, or null after reporting. */
    private Double percent(Node node) {
        String text = reader.string(node);
        if (text == null) {
            return null;
        }
        if (!PERCENT.matcher(text).matches()) {
            reader.error(reader.pos(node), "bad-value", "`" + text + "` is not a percentage",
                    "write a share of requests such as `0.5%` (a string with `%`)");
            return null;
        }
        BigDecimal share = new BigDecimal(text.substring(0, text.length() - 1));
        if (share.compareTo(BigDecimal.valueOf(100)) > 0) {
            reader.error(reader.pos(node), "bad-value", "`" + text + "` is more than 100%", "an error rate is a share of requests, 0% to 100%");
            return null;
        }
        return share.movePointLeft(2).doubleValue();
    }
}
