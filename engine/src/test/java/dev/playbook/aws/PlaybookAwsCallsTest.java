package dev.playbook.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.ActionCall;
import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.model.Value;
import dev.playbook.testing.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The repository's playbooks against the SDK model: every {@code aws.*} step names a real
 * operation and passes {@link AwsOperation#check}, literal values typed as AWS expects.
 */
class PlaybookAwsCallsTest {

    private final AwsProvider provider = new AwsProvider();

    @Test
    void everyAwsStepInThePlaybooksChecksClean() {
        List<String> problems = new ArrayList<>();
        TreeSet<String> used = new TreeSet<>();
        for (Path file : Repo.yamlFiles(Repo.root().resolve("playbooks"))) {
            LoadResult loaded = PlaybookLoader.load(file);
            assertTrue(loaded.ok(), file + " loads");
            for (Step step : loaded.playbook().allSteps()) {
                ActionCall call = Steps.call(step);
                if (call == null || call.action() == null || !call.action().startsWith("aws.")) {
                    continue;
                }
                used.add(call.action());
                String where = file.getFileName() + " step " + step.id() + ": ";
                provider.operation(call.action()).ifPresentOrElse(
                        op -> op.check(call.with() == null ? Map.of() : plain(call.with())).forEach(p -> problems.add(where + p)),
                        () -> problems.add(where + "unknown action " + call.action()));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(used.contains("aws.rds.promoteReadReplica") && used.contains("aws.route53.changeResourceRecordSets"), "found: " + used);
        assertEquals(0, provider.clientsCreated());
    }

    /** A {@code with:} tree as lint sees it: literals typed, templates as their source text. */
    private static Map<String, Object> plain(Value.Mapping mapping) {
        Map<String, Object> out = new LinkedHashMap<>();
        mapping.entries().forEach(e -> out.put(e.key(), plain(e.value())));
        return out;
    }

    private static Object plain(Value value) {
        if (value instanceof Value.Mapping mapping) {
            return plain(mapping);
        }
        if (value instanceof Value.Seq seq) {
            return seq.items().stream().map(PlaybookAwsCallsTest::plain).toList();
        }
        if (value instanceof Value.Text text) {
            return text.template().raw();
        }
        return ((Value.Scalar) value).value();
    }
}
