package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.diag.Diagnostic;
import dev.playbook.load.LoadResult;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.testing.NpmTools;
import dev.playbook.testing.Repo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What an SRE's editor shows, checked with the real yaml-language-server (tools/yaml-ls) over
 * stdio: the documents are opened under playbooks/ with the modeline the shipped playbooks carry,
 * so the server loads schema/ exactly as it does for them, and the schema store is off (no
 * network).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class YamlLanguageServerTest {

    private static final long ANSWER_SECONDS = 120;
    private static final String MODELINE = "# yaml-language-server: $schema=../schema/playbook-v1.schema.json\n";
    private static final Map<String, Object> SETTINGS = Map.of("yaml", Map.of(
            "validate", true, "completion", true, "hover", true,
            "schemaStore", Map.of("enable", false)));

    private static Process server;
    private static LanguageServer remote;
    private static final BlockingQueue<PublishDiagnosticsParams> DIAGNOSTICS = new LinkedBlockingQueue<>();
    private static int documents;

    @BeforeAll
    static void start() throws Exception {
        Path executable = NpmTools.bin("yaml-ls", "yaml-language-server");
        server = new ProcessBuilder(executable.toString(), "--stdio").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        remote = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setRootUri(Repo.root().toUri().toString());
        init.setCapabilities(markdownCapable());
        remote.initialize(init).get(ANSWER_SECONDS, TimeUnit.SECONDS);
        remote.initialized(new InitializedParams());
        remote.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(SETTINGS));
    }

    /** An editor that renders Markdown in hovers and completion documentation, as VS Code does. */
    private static ClientCapabilities markdownCapable() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        CompletionItemCapabilities item = new CompletionItemCapabilities();
        item.setDocumentationFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
        text.setCompletion(new CompletionCapabilities(item));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        return capabilities;
    }

    @AfterAll
    static void stop() throws Exception {
        if (remote != null) {
            remote.shutdown().get(ANSWER_SECONDS, TimeUnit.SECONDS);
            remote.exit();
        }
        if (server != null && !server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    @Test
    void aBrokenPlaybookIsFlaggedOnTheLineTheLoaderNames() throws Exception {
        String text = playbook("broken", """
                      - id: greet
                        action: log
                        with: {message: hi}
                        timout: 30s
                """);
        String uri = open(text);
        List<org.eclipse.lsp4j.Diagnostic> editor = diagnosticsOf(uri);
        List<Diagnostic> loader = loaderDiagnostics(text);
        assertFalse(loader.isEmpty(), "the loader refuses the misspelt key");
        int loaderLine = loader.get(0).pos().line();
        assertTrue(editor.stream().anyMatch(d -> d.getRange().getStart().getLine() + 1 == loaderLine),
                "the editor flags line " + loaderLine + " as the loader does; it shows " + describe(editor));
    }

    @Test
    void aParameterOfTheWrongTypeIsFlaggedInTheEditor() throws Exception {
        String uri = open(playbook("promote", """
                      - id: promote
                        action: aws.rds.promoteReadReplica
                        with:
                          DBInstanceIdentifier: portal-replica
                          BackupRetentionPeriod: [seven]
                """));
        List<org.eclipse.lsp4j.Diagnostic> editor = diagnosticsOf(uri);
        assertTrue(editor.stream().anyMatch(d -> d.getRange().getStart().getLine() == 11),
                "BackupRetentionPeriod takes an integer; the editor shows " + describe(editor));
    }

    @Test
    void theEditorCompletesActionNames() throws Exception {
        String text = playbook("complete", """
                      - id: promote
                        action: aws.rds.
                """);
        String uri = open(text);
        List<String> labels = complete(uri, new Position(8, "            action: aws.rds.".length()));
        assertTrue(labels.contains("aws.rds.promoteReadReplica"), "offered: " + sample(labels));
    }

    @Test
    void theEditorCompletesTheParametersOfTheStepsAction() throws Exception {
        String text = playbook("complete", """
                      - id: promote
                        action: aws.rds.promoteReadReplica
                        with:
                          DB
                """);
        String uri = open(text);
        List<String> labels = complete(uri, new Position(10, "              DB".length()));
        assertTrue(labels.contains("DBInstanceIdentifier"), "offered: " + sample(labels));
        // While a value is typed the server takes it for any action it begins (promoteReadReplicaDBCluster
        // too), but never for an unrelated one: createDBInstance's members are not offered.
        assertFalse(labels.contains("AllocatedStorage"), "only promoteReadReplica's parameters: " + sample(labels));
    }

    @Test
    void hoversRenderTheFormatsMarkdown() throws Exception {
        String text = playbook("hover", """
                      - id: pause
                        manual: Check the dashboards.
                """);
        String uri = open(text);
        Hover hover = remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(8, 10)))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        String shown = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : String.valueOf(hover.getContents().getLeft());
        assertTrue(shown.contains("Kind **manual**"), "the hover shows the Markdown as Markdown: " + shown);
        assertFalse(shown.contains("\\*"), "nothing escaped: " + shown);
    }

    /**
     * A playbook named {@code name} whose one phase has {@code steps}, opened as the shipped
     * playbooks are (the modeline first), so line 8 (0-based) is the first step's second line.
     */
    private static String playbook(String name, String steps) {
        return MODELINE + """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: %s, version: 1.0.0}
                phases:
                  - id: only
                    steps:
                """.formatted(name) + steps;
    }

    private static String open(String text) {
        String uri = Repo.root().resolve("playbooks").resolve("editor-" + (++documents) + ".yaml").toUri().toString();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
        return uri;
    }

    /** The diagnostics the server publishes for {@code uri} once it has loaded the schema. */
    private static List<org.eclipse.lsp4j.Diagnostic> diagnosticsOf(String uri) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
        List<org.eclipse.lsp4j.Diagnostic> last = List.of();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams published = DIAGNOSTICS.poll(5, TimeUnit.SECONDS);
            if (published != null && published.getUri().equals(uri)) {
                last = published.getDiagnostics();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return last;
    }

    private static List<String> complete(String uri, Position at) throws Exception {
        var answer = remote.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static List<Diagnostic> loaderDiagnostics(String text) throws IOException {
        Path file = java.nio.file.Files.createTempFile("editor", ".yaml");
        try {
            java.nio.file.Files.writeString(file, text);
            LoadResult loaded = PlaybookLoader.load(file);
            return loaded.diagnostics();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static String describe(List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1)
                + " " + d.getMessage()).collect(Collectors.joining("; ", "[", "]"));
    }

    private static String sample(List<String> labels) {
        return labels.size() + " items, e.g. " + labels.subList(0, Math.min(12, labels.size()));
    }

    /** The editor's side: keeps what the server publishes, answers its configuration requests. */
    private static final class Client implements LanguageClient {

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            DIAGNOSTICS.add(diagnostics);
        }

        @Override
        public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
            return CompletableFuture.completedFuture(params.getItems().stream()
                    .map(item -> "yaml".equals(item.getSection()) ? SETTINGS.get("yaml") : (Object) null).toList());
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
