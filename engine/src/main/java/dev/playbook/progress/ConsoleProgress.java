package dev.playbook.progress;

import dev.playbook.diag.Style;
import dev.playbook.expr.ExpressionEngine;
import dev.playbook.model.Durations;
import dev.playbook.model.TerminalText;
import dev.playbook.run.EventSink;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunStatus;
import dev.playbook.run.StepStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's view of a run: one line per thing that happened, prefixed with the time since
 * the run started ({@code T+00:12:30}), ✓/✗/⏭ per finished step, wait progress, budget
 * overruns as they happen, and a summary table at the end. Strings from outside are shown through
 * {@link TerminalText}, so an output cannot move the cursor or forge a line.
 */
public final class ConsoleProgress implements EventSink {

    private final PrintWriter out;
    private final Style style;
    private final List<RunEvent.StepFinished> finished = new ArrayList<>();
    private Instant started;
    private RunEvent.RunStarted run;

    /** Shows events as they come: their fields were redacted where the executor made them ({@link dev.playbook.run.Redactor#redacting}). */
    public ConsoleProgress(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    @Override
    public void accept(RunEvent event) {
        if (event instanceof RunEvent.RunStarted e) {
            started = e.at();
            run = e;
            line(e.at(), style.bold("▶ " + safe(e.playbook())) + "  run " + e.runId()
                    + (e.rto() == null ? "" : "  RTO " + Durations.format(e.rto())) + (e.environment() == null ? "" : "  env " + safe(e.environment()))
                    + (e.simulated() ? "  [simulated]" : ""));
        } else if (event instanceof RunEvent.PhaseStarted e) {
            line(e.at(), style.bold("── " + e.phase() + (e.title() == null ? "" : " — " + safe(e.title())))
                    + (e.budget() == null ? "" : style.dim(" · budget " + Durations.format(e.budget()))));
        } else if (event instanceof RunEvent.StepStarted e) {
            line(e.at(), "  … " + e.step() + "  " + (e.action() != null ? e.action() : e.kind())
                    + (e.title() == null ? "" : style.dim(" — " + safe(e.title()))));
        } else if (event instanceof RunEvent.ActionResolved e) {
            line(e.at(), style.dim("      " + e.action() + (e.region() == null ? "" : " @" + safe(e.region())) + " " + safe(ExpressionEngine.text(e.params()))));
        } else if (event instanceof RunEvent.AttemptFinished e) {
            if (!e.ok()) {
                line(e.at(), style.yellow("      attempt " + e.attempt() + " failed: " + safe(e.errorCode()) + ": " + safe(e.error()))
                        + (e.retryIn() == null ? "" : style.dim(", retrying in " + Durations.format(e.retryIn()))));
            }
        } else if (event instanceof RunEvent.Polled e) {
            line(e.at(), "      ⏳ poll " + e.poll() + " " + bar(e.elapsed(), e.timeout()) + " " + Durations.format(e.elapsed())
                    + (e.timeout() == null ? "" : "/" + Durations.format(e.timeout())) + " · " + safe(e.observed()));
        } else if (event instanceof RunEvent.Verified e) {
            line(e.at(), "      " + (e.passed() ? style.green("✓") : style.red("✗")) + " " + safe(e.check())
                    + (e.passed() ? "" : style.dim(" — " + safe(e.detail()))));
        } else if (event instanceof RunEvent.Approval e) {
            line(e.at(), "      » " + TerminalText.lines(e.instructions().strip()).replace("\n", "\n        ")
                    + "\n      " + (e.approved() ? style.green("approved by " + safe(e.who())) : style.red("not approved")));
        } else if (event instanceof RunEvent.Said e) {
            line(e.at(), "      [" + safe(e.channel()) + "] " + safe(e.message()));
        } else if (event instanceof RunEvent.StepFinished e) {
            finished.add(e);
            line(e.at(), "  " + mark(e.status()) + " " + e.step() + "  " + describe(e));
        } else if (event instanceof RunEvent.BudgetExceeded e) {
            line(e.at(), style.yellow("  ! phase " + e.phase() + " is over its budget: " + Durations.format(e.elapsed())
                    + " of " + Durations.format(e.budget())));
        } else if (event instanceof RunEvent.RunResumed e) {
            started = e.runStarted();
            line(e.at(), "↻ resumed; " + e.restored().size() + " finished steps restored from the journal: " + String.join(", ", e.restored()));
        } else if (event instanceof RunEvent.Decided e) {
            line(e.at(), "↻ " + e.decision().replace('_', ' ') + (e.step() == null ? "" : " " + e.step()) + " by " + e.who() + " (" + e.how() + ")");
        } else if (event instanceof RunEvent.RtoExceeded e) {
            line(e.at(), style.red("  ! the run is past its RTO of " + Durations.format(e.rto())));
        } else if (event instanceof RunEvent.PhaseFinished e) {
            String budget = e.budget() == null ? "" : " of " + Durations.format(e.budget())
                    + (e.elapsed().compareTo(e.budget()) > 0 ? style.yellow(" (over budget)") : "");
            line(e.at(), style.dim("── " + e.phase() + (e.ok() ? " done in " : " stopped after ") + Durations.format(e.elapsed()) + budget));
        } else if (event instanceof RunEvent.RollbackStarted e) {
            line(e.at(), style.yellow("↺ rollback: " + safe(e.cause())));
        } else if (event instanceof RunEvent.RunFinished e) {
            summary(e);
        }
        out.flush();
    }

    private String describe(RunEvent.StepFinished e) {
        String duration = Durations.format(e.duration());
        if (e.status() == StepStatus.SUCCEEDED) {
            return style.dim(duration + (e.attempts() > 1 ? ", " + e.attempts() + " attempts" : ""));
        }
        if (e.status() == StepStatus.SKIPPED) {
            return style.dim("skipped: " + safe(e.error()));
        }
        return style.red("failed after " + duration + (e.attempts() > 1 ? " and " + e.attempts() + " attempts" : "")
                + ": " + (e.errorCode() == null ? "" : safe(e.errorCode()) + ": ") + safe(e.error()));
    }

    /** A ten-cell bar of elapsed over timeout: {@code [###-------]}. */
    private static String bar(Duration elapsed, Duration timeout) {
        if (timeout == null || timeout.isZero()) {
            return "";
        }
        int filled = (int) Math.min(10, elapsed.toMillis() * 10 / timeout.toMillis());
        return "[" + "#".repeat(filled) + "-".repeat(10 - filled) + "]";
    }

    private String mark(StepStatus status) {
        return switch (status) {
            case SUCCEEDED -> style.green("✓");
            case FAILED -> style.red("✗");
            case SKIPPED -> style.dim("⏭");
        };
    }

    private void summary(RunEvent.RunFinished e) {
        out.println();
        int width = Math.max(4, finished.stream().mapToInt(f -> f.step().length()).max().orElse(4));
        out.println(String.format("%-" + width + "s  %-9s  %8s  %9s", "STEP", "STATUS", "ATTEMPTS", "DURATION"));
        for (RunEvent.StepFinished f : finished) {
            out.println(String.format("%-" + width + "s  %-9s  %8d  %9s", f.step(), f.status().label(), f.attempts(),
                    Durations.format(f.duration())));
        }
        out.println();
        String verdict = e.status() == RunStatus.SUCCEEDED ? style.green("SUCCEEDED") : style.red(e.status().label().toUpperCase(java.util.Locale.ROOT));
        StringBuilder text = new StringBuilder("run " + verdict + " in " + Durations.format(e.elapsed()));
        if (e.rto() != null && e.status() == RunStatus.SUCCEEDED) {
            boolean met = e.elapsed().compareTo(e.rto()) <= 0;
            text.append(" · RTO ").append(Durations.format(e.rto())).append(met ? " met" : style.red(" MISSED"));
        } else if (e.rto() != null) {
            text.append(" · not recovered; RTO ").append(Durations.format(e.rto()));
        }
        if (e.failedStep() != null) {
            String where = e.status() == RunStatus.ABORTED ? "stopped at " : "failed at ";
            text.append("\n").append(style.red(where + e.failedStep() + ": ")).append(safe(e.reason()));
        } else if (e.reason() != null) {
            text.append("\n").append(safe(e.reason()));
        }
        boolean resumable = e.status() == RunStatus.FAILED || e.status() == RunStatus.ABORTED;
        if (resumable && run != null && !run.simulated()) {
            text.append("\nto continue where it stopped: playbook resume ").append(run.runId());
        }
        out.println(text);
    }

    /** Every string from outside (titles, results, errors, messages) goes through the one terminal sanitizer. */
    private static String safe(String text) {
        return TerminalText.line(text);
    }

    private void line(Instant at, String text) {
        out.println(style.dim(offset(at)) + " " + text);
    }

    private String offset(Instant at) {
        Duration d = started == null ? Duration.ZERO : Duration.between(started, at);
        long s = Math.max(0, d.getSeconds());
        return String.format("T+%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
