package dev.playbook.cli;

import dev.playbook.diag.Diagnostic;
import dev.playbook.model.SourcePos;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands the FILE|DIR arguments of validate and lint into playbook files, in argument order and
 * sorted within a directory for stable output. A walk stays inside its directory: symbolic
 * links are not followed (so it cannot loop), a link to a file inside the directory is checked,
 * a link that leads outside it is reported and never read (a repository's
 * {@code evil.yaml -> ~/.aws/credentials}), a FIFO or device is reported instead of opened, and
 * an unreadable entry is reported while the rest is still checked.
 */
final class PlaybookFiles {

    /** The files to check, and the entries refused with the reason, each as an {@code io} error. */
    record Expansion(List<Path> files, List<Diagnostic> refused) {
        Expansion {
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }

        boolean isEmpty() {
            return files.isEmpty() && refused.isEmpty();
        }
    }

    private PlaybookFiles() {
    }

    static Expansion expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> refused = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = new ArrayList<>();
                walk(argument, found, refused);
                found.sort(Comparator.naturalOrder());
                files.addAll(found);
            } else {
                files.add(argument);
            }
        }
        refused.sort(Comparator.comparing(d -> d.pos().file()));
        return new Expansion(files, refused);
    }

    private static void walk(Path root, List<Path> files, List<Diagnostic> refused) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            refused.add(problem(root, "cannot read the directory: " + reason(e), null));
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && isYaml(file)) {
                        consider(file, attrs, realRoot, files, refused);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) {
                        refused.add(problem(file, "cannot read: " + reason(e), "check its permissions; the other files were checked"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            refused.add(problem(root, "cannot read the directory: " + reason(e), null));
        }
    }

    private static void consider(Path file, BasicFileAttributes attrs, Path realRoot, List<Path> files, List<Diagnostic> refused) {
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                refused.add(problem(file, "is a symbolic link that leads nowhere (" + reason(e) + ")", null));
                return;
            }
            if (!target.startsWith(realRoot)) {
                refused.add(problem(file, "is a symbolic link to a file outside " + realRoot + "; it was not read",
                        "a playbook lives in the repository; copy the file in if it is one"));
                return;
            }
            if (Files.isDirectory(target)) {
                return;
            }
        }
        if (!attrs.isSymbolicLink() && !attrs.isRegularFile()) {
            refused.add(problem(file, "is not a regular file (a FIFO, socket or device); it was not opened", null));
            return;
        }
        files.add(file);
    }

    private static Diagnostic problem(Path path, String message, String hint) {
        return Diagnostic.error(SourcePos.of(path.toString()), "io", message, hint);
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".") && !name.toString().equals(".") && !name.toString().equals("..");
    }
}
