package dev.playbook.load;

import dev.playbook.diag.Diagnostic;
import dev.playbook.diag.PlaybookException;
import dev.playbook.model.SourcePos;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns YAML 1.2 text into a node graph with marks. The text is first streamed as events to
 * enforce depth, alias and document limits without recursion, so that a hostile document is
 * refused before the (recursive) composer sees it.
 */
public final class YamlDocument {

    private YamlDocument() {
    }

    public static Node compose(SourceFile source) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source.name())
                .setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES)
                .setCodePointLimit((int) Limits.MAX_FILE_BYTES)
                .setAllowRecursiveKeys(false)
                .build();
        checkLineLengths(source);
        try {
            checkShape(source, settings);
            Optional<Node> root = new Compose(settings).composeString(source.text());
            return root.orElseThrow(() -> fail(SourcePos.of(source.name()), "yaml-syntax", "the file is empty",
                    "a playbook starts with `apiVersion: playbook/v1`"));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePos pos = mark == null ? SourcePos.of(source.name()) : at(source.name(), mark);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw fail(pos, "yaml-syntax", cleanup(problem, e.getContext()), "check indentation, quotes and colons near this position");
        } catch (YamlEngineException e) {
            throw fail(SourcePos.of(source.name()), "yaml-syntax", cleanup(e.getMessage(), null), null);
        }
    }

    private static void checkLineLengths(SourceFile source) {
        String text = source.text();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > Limits.MAX_LINE_LENGTH) {
                    throw fail(new SourcePos(source.name(), line, Limits.MAX_LINE_LENGTH + 1), "yaml-limit",
                            "line " + line + " is longer than " + Limits.MAX_LINE_LENGTH + " characters",
                            "split long values over several lines (a YAML block scalar `|`)");
                }
                line++;
                lineStart = i + 1;
            }
        }
    }

    private static void checkShape(SourceFile source, LoadSettings settings) {
        int depth = 0;
        int documents = 0;
        int aliases = 0;
        int nodes = 0;
        java.util.Deque<String> openAnchors = new java.util.ArrayDeque<>();
        for (Event event : new Parse(settings).parseString(source.text())) {
            switch (event.getEventId()) {
                case Scalar -> {
                    checkTag(source, event, ((ScalarEvent) event).getTag());
                    nodes = countNode(source, event, nodes);
                }
                case MappingStart, SequenceStart -> {
                    checkTag(source, event, ((CollectionStartEvent) event).getTag());
                    nodes = countNode(source, event, nodes);
                    depth++;
                    if (depth > Limits.MAX_DEPTH) {
                        throw fail(start(source, event), "yaml-limit", "nesting deeper than " + Limits.MAX_DEPTH + " levels",
                                "a playbook never needs this depth; the file may be generated or hostile");
                    }
                    openAnchors.push(((CollectionStartEvent) event).getAnchor().map(Anchor::getValue).orElse(""));
                }
                case MappingEnd, SequenceEnd -> {
                    depth--;
                    openAnchors.pop();
                }
                case DocumentStart -> {
                    documents++;
                    if (documents > 1) {
                        throw fail(start(source, event), "yaml-syntax", "more than one YAML document in the file",
                                "put each playbook in its own file");
                    }
                }
                case Alias -> {
                    String anchor = ((AliasEvent) event).getAlias().getValue();
                    if (openAnchors.contains(anchor)) {
                        throw fail(start(source, event), "yaml-limit", "alias *" + anchor + " refers to a collection that contains it",
                                "a recursive value can never be written out; remove the alias");
                    }
                    aliases++;
                    if (aliases > Limits.MAX_COLLECTION_ALIASES) {
                        throw fail(start(source, event), "yaml-limit", "more than " + Limits.MAX_COLLECTION_ALIASES + " aliases",
                                "aliases this many are a sign of an alias bomb; write the values out");
                    }
                }
                default -> { }
            }
        }
    }

    /** Nodes as written, each counted once; what aliases add is counted by {@link NodeReader}. */
    private static int countNode(SourceFile source, Event event, int nodes) {
        if (nodes + 1 > Limits.MAX_NODES) {
            throw fail(start(source, event), "yaml-limit", "the file has more than " + Limits.MAX_NODES + " nodes",
                    "a playbook has a few thousand; split the runbook into several playbooks");
        }
        return nodes + 1;
    }

    /**
     * Only YAML's core schema: a playbook is data, and a tag such as {@code !!binary},
     * {@code !!java/object} or {@code !custom} would otherwise be read silently as a plain string.
     */
    private static void checkTag(SourceFile source, Event event, Optional<String> tag) {
        if (tag.isPresent() && !CORE_TAGS.contains(tag.get())) {
            String shown = tag.get().startsWith(CORE_PREFIX) ? "!!" + tag.get().substring(CORE_PREFIX.length()) : tag.get();
            throw fail(start(source, event), "yaml-syntax", "tag `" + shown + "` is not part of YAML's core schema",
                    "remove the tag; playbooks use plain strings, numbers, booleans, null, lists and mappings");
        }
    }

    private static final String CORE_PREFIX = "tag:yaml.org,2002:";
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("!", CORE_PREFIX + "str", CORE_PREFIX + "int",
            CORE_PREFIX + "float", CORE_PREFIX + "bool", CORE_PREFIX + "null", CORE_PREFIX + "map", CORE_PREFIX + "seq");

    private static SourcePos start(SourceFile source, Event event) {
        return event.getStartMark().map(m -> at(source.name(), m)).orElse(SourcePos.of(source.name()));
    }

    static SourcePos at(String file, Mark mark) {
        return new SourcePos(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String cleanup(String problem, String context) {
        String text = problem == null ? "invalid YAML" : problem.strip();
        if (context != null && problem != null && !context.equals(problem)) {
            text = text + " (" + context.strip() + ")";
        }
        return text.replaceAll("\\s+", " ");
    }

    private static PlaybookException fail(SourcePos pos, String id, String message, String hint) {
        return new PlaybookException(Diagnostic.error(pos, id, message, hint));
    }
}
