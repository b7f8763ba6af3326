package dev.playbook.load;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.Diagnostics;
import dev.playbook.diag.PlaybookException;
import dev.playbook.model.SourcePos;
import java.util.List;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one YAML file of any format defined in {@code format/} within the same {@link Limits}:
 * size, line length, depth, aliases and the node budget. Each failure, whatever the format,
 * ends as a positioned diagnostic rather than an exception or an exhausted heap.
 */
public final class DefinedDocument {

    /** What {@code reader} made of the document (null when it could not), with every diagnostic found. */
    public record Read<T>(T value, List<Diagnostic> diagnostics) {

        public boolean ok() {
            return value != null && diagnostics.stream().noneMatch(Diagnostic::isError);
        }

        /** The value, or a {@link PlaybookException} with the diagnostics. */
        public T orThrow() {
            if (!ok()) {
                throw new PlaybookException(diagnostics);
            }
            return value;
        }
    }

    private DefinedDocument() {
    }

    public static <T> Read<T> read(SourceFile source, BiFunction<NodeReader, Node, T> reader) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            Node root = YamlDocument.compose(source);
            T value = reader.apply(new NodeReader(source, diagnostics), root);
            return new Read<>(diagnostics.hasErrors() ? null : value, diagnostics.sorted());
        } catch (PlaybookException e) {
            e.diagnostics().forEach(diagnostics::add);
        } catch (NodeReader.NodeBudgetExceeded e) {
            diagnostics.add(Diagnostic.error(SourcePos.of(source.name()), "yaml-limit",
                    "aliases expand the document to more than " + Limits.MAX_NODES + " nodes",
                    "aliases that expand this much are a sign of an alias bomb; write the values out"));
        } catch (StackOverflowError e) {
            diagnostics.add(Diagnostic.error(SourcePos.of(source.name()), "yaml-limit", "the document is nested too deeply", null));
        }
        return new Read<>(null, diagnostics.sorted());
    }
}
