package dev.playbook.action.builtin;

import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import dev.playbook.action.Param;
import dev.playbook.action.ShellTemplate;
import dev.playbook.action.Signature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command: the runbook's {@code terraform apply} and {@code psql} checks. A command
 * string goes through {@code sh -c} with {@code args} as its positional parameters (the executor
 * moves the command's {@code ${...}} values there, see {@link ShellTemplate}); an argv list runs as
 * is. Output is kept up to 1 MiB per stream. A non-zero exit fails the step unless
 * {@code check: false}.
 */
final class ShellAction implements Action {

    static final int MAX_OUTPUT_BYTES = 1 << 20;

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public Signature signature() {
        return new Signature("Run a command; result: exit_code, stdout, stderr.", List.of(
                Param.optional("command", ShellTemplate.PARAM_TYPE, "A command line for sh -c (give this or argv); its ${...} values "
                        + "are passed as positional parameters, never as shell code."),
                Param.optional("args", "list<string>", "Values for $1, $2, ... of `command`."),
                Param.optional("argv", "list<string>", "The program and its arguments, without a shell."),
                Param.optional("env", "map", "Extra environment variables (pass secrets here, not on the command line)."),
                Param.optional("cwd", "string", "Working directory."),
                Param.optional("timeout", "duration", "Kill the command after this long."),
                Param.optional("check", "boolean", "Fail the step on a non-zero exit (default true).")));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public Object call(ActionContext context, Map<String, Object> params) throws ActionException, InterruptedException {
        Params p = new Params(name(), params);
        List<String> command = command(p);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(p.stringMap("env"));
        String cwd = p.string("cwd", false);
        if (cwd != null) {
            builder.directory(Path.of(cwd).toFile());
        }
        Duration timeout = p.duration("timeout", null);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ActionException("CommandFailed", "cannot start `" + command.get(0) + "`: " + e.getMessage(), false);
        }
        closeInput(process);
        Capture out = new Capture(process.getInputStream());
        Capture err = new Capture(process.getErrorStream());
        try {
            boolean finished = timeout == null ? waitFor(process) : process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new ActionException("Timeout", "`" + String.join(" ", command) + "` did not finish within "
                        + dev.playbook.model.Durations.format(timeout) + " and was killed", true);
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
        out.join();
        err.join();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("exit_code", (long) process.exitValue());
        result.put("stdout", out.text());
        result.put("stderr", err.text());
        if (process.exitValue() != 0 && p.bool("check", true)) {
            String tail = err.text().strip();
            if (tail.length() > 500) {
                tail = "..." + tail.substring(tail.length() - 500);
            }
            throw new ActionException("NonZeroExit", "exit code " + process.exitValue() + (tail.isEmpty() ? "" : ": " + tail), false);
        }
        return result;
    }

    /** Commands that read input see end-of-file instead of waiting for a person who is not there. */
    private static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The process has already exited; there is nothing left to close.
            return;
        }
    }

    private static boolean waitFor(Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    private static List<String> command(Params p) throws ActionException {
        String line = p.string("command", false);
        List<String> argv = p.stringList("argv");
        if ((line == null) == (argv == null)) {
            throw p.invalid("command", "or argv must be given, and only one of them");
        }
        if (argv != null) {
            if (p.raw("args") != null) {
                throw p.invalid("args", "goes with command; put the values in argv");
            }
            if (argv.isEmpty()) {
                throw p.invalid("argv", "must not be empty");
            }
            return argv;
        }
        List<String> shell = new ArrayList<>(List.of("sh", "-c", line, "sh"));
        List<String> args = p.stringList("args");
        if (args != null) {
            shell.addAll(args);
        }
        return shell;
    }

    /** Drains a stream on its own thread so a chatty command cannot block on a full pipe. */
    private static final class Capture {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;
        private volatile boolean truncated;

        Capture(InputStream in) {
            thread = new Thread(() -> drain(in), "playbook-shell-output");
            thread.setDaemon(true);
            thread.start();
        }

        private void drain(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    int room = MAX_OUTPUT_BYTES - kept.size();
                    if (room > 0) {
                        kept.write(buffer, 0, Math.min(room, n));
                    }
                    if (n > room) {
                        truncated = true;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void join() throws InterruptedException {
            thread.join();
        }

        String text() {
            String text = kept.toString(StandardCharsets.UTF_8);
            return truncated ? text + "\n[output truncated at " + MAX_OUTPUT_BYTES + " bytes]" : text;
        }
    }
}
