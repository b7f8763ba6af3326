package dev.playbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.action.ActionRegistry;
import dev.playbook.diag.Diagnostic;
import dev.playbook.load.InputBinder;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.model.Playbook;
import dev.playbook.testing.Golden;
import dev.playbook.testing.NpmTools;
import dev.playbook.testing.Processes;
import dev.playbook.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped playbook and example exports for both targets; each Step Functions definition
 * passes asl-validator, each SSM document the action-by-action shape check, and what was not
 * exported is exactly the golden list (golden/export/NAME.TARGET.txt), with positions.
 */
class ShippedPlaybooksExportTest {

    private static final ActionRegistry REGISTRY = ActionRegistry.discover();

    static Stream<Path> playbooks() {
        return Repo.shippedPlaybooks().stream();
    }

    @ParameterizedTest
    @MethodSource("playbooks")
    void stepFunctionsDefinitionValidates(Path file, @TempDir Path dir) throws Exception {
        Playbook playbook = load(file);
        Export export = StepFunctionsExporter.export(playbook, InputBinder.bind(playbook, Map.of()).values(), REGISTRY);
        Path asl = dir.resolve(name(file) + ".asl.json");
        Files.writeString(asl, export.document());

        var validated = Processes.run(List.of(NpmTools.bin("asl-validator").toString(), "--json-path", asl.toString()), "");

        assertEquals(0, validated.exitCode(), validated.output());
        assertTrue(validated.output().contains("is valid"), validated.output());
        Golden.assertMatches("export/" + name(file) + ".stepfunctions.txt", headlines(export.problems()));
    }

    @ParameterizedTest
    @MethodSource("playbooks")
    void ssmDocumentHasEveryActionsRequiredFields(Path file) {
        Playbook playbook = load(file);
        Export export = SsmAutomationExporter.export(playbook, InputBinder.bind(playbook, Map.of()).values(), REGISTRY);

        assertEquals(List.of(), SsmDocumentShape.violations(export.document()));
        Golden.assertMatches("export/" + name(file) + ".ssm-automation.txt", headlines(export.problems()));
    }

    private static Playbook load(Path file) {
        LoadResult result = PlaybookLoader.load(Repo.root().relativize(file).toString(), Repo.read(file));
        assertTrue(result.ok(), () -> file + " loads: " + result.diagnostics());
        return result.playbook();
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private static String headlines(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::headline).collect(Collectors.joining("\n", "", problems.isEmpty() ? "" : "\n"));
    }
}
