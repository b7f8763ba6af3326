package dev.playbook.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.model.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened in one run, read from its journal: who started and resumed it, the timeline
 * with T+ offsets, phases against their budgets, each step with attempts, polls and failures,
 * approvals with who, how and when, notifications, and the RTO and RPO verdicts. Offsets are
 * from the run's first start, so time spent while a killed run was not running counts.
 */
public record RunReport(String runId, String playbook, String file, boolean simulated, String startedBy, Instant started,
                        Instant ended, String status, Duration elapsed, Duration rto, String rtoVerdict, Duration rpo,
                        List<Resume> resumes, List<PhaseRow> phases, List<StepRow> steps, List<Approval> approvals,
                        List<Entry> timeline) {

    public record Resume(Duration at, String by) {
    }

    public record PhaseRow(String id, String title, Duration start, Duration end, Duration budget, boolean overBudget) {
    }

    public record StepRow(String id, String phase, String kind, String action, Duration start, Duration end, String status,
                          int attempts, int retries, int polls, String lastObserved, String error) {
    }

    public record Approval(String step, Duration at, boolean approved, String who, String how) {
    }

    /** One line of the incident timeline: the offset from the start, and what happened. */
    public record Entry(Duration at, String what) {
    }

    /** Reads the events of a journal, in the order they were written. */
    public static RunReport of(List<JsonNode> events) {
        Builder b = new Builder();
        events.forEach(b::accept);
        return b.build();
    }

    /** The run's last moment: its end, or the last event of a run that did not end. */
    public Duration span() {
        Duration last = elapsed == null ? Duration.ZERO : elapsed;
        for (StepRow s : steps) {
            if (s.end() != null && s.end().compareTo(last) > 0) {
                last = s.end();
            }
        }
        return last;
    }

    private static final class Builder {
        private String runId;
        private String playbook;
        private String file;
        private boolean simulated;
        private String startedBy;
        private Instant started;
        private Instant ended;
        private String status = "unfinished";
        private Duration elapsed;
        private Duration rto;
        private Duration rpo;
        private final List<Resume> resumes = new ArrayList<>();
        private final Map<String, PhaseRow> phases = new LinkedHashMap<>();
        private final Map<String, StepRow> steps = new LinkedHashMap<>();
        private final List<Approval> approvals = new ArrayList<>();
        private final List<Entry> timeline = new ArrayList<>();

        void accept(JsonNode e) {
            Instant at = Instant.parse(e.path("at").asText());
            String type = e.path("type").asText();
            if ("run_started".equals(type) && started != null) {
                // a resumed run starts again in the same journal; its clock continues from the first start
                status = "unfinished";
                return;
            }
            if (started == null) {
                started = at;
            }
            Duration t = Duration.between(started, at);
            switch (type) {
                case "run_started" -> {
                    runId = e.path("run_id").asText();
                    playbook = e.path("playbook").asText();
                    file = e.path("file").asText();
                    simulated = e.path("simulated").asBoolean();
                    startedBy = who(e);
                    rto = duration(e, "rto");
                    rpo = duration(e, "rpo");
                    timeline.add(new Entry(t, "run " + runId + " of " + playbook + " started" + by(startedBy)));
                }
                case "run_resumed" -> {
                    resumes.add(new Resume(t, who(e)));
                    timeline.add(new Entry(t, "resumed" + by(who(e)) + "; restored " + e.path("restored").size() + " finished steps"));
                }
                case "phase_started" -> {
                    String id = e.path("phase").asText();
                    phases.put(id, new PhaseRow(id, text(e, "title"), t, null, duration(e, "budget"), false));
                    timeline.add(new Entry(t, "phase " + id + " started" + (duration(e, "budget") == null ? ""
                            : " (budget " + Durations.format(duration(e, "budget")) + ")")));
                }
                case "phase_finished" -> {
                    PhaseRow p = phases.get(e.path("phase").asText());
                    if (p != null) {
                        boolean over = p.budget() != null && t.minus(p.start()).compareTo(p.budget()) > 0;
                        phases.put(p.id(), new PhaseRow(p.id(), p.title(), p.start(), t, p.budget(), over));
                    }
                }
                case "step_started" -> {
                    String id = e.path("step").asText();
                    steps.put(id, new StepRow(id, e.path("phase").asText(), e.path("kind").asText(), text(e, "action"), t, null,
                            "running", 0, 0, 0, null, null));
                }
                case "attempt_finished" -> update(e.path("step").asText(), s -> new StepRow(s.id(), s.phase(), s.kind(), s.action(),
                        s.start(), s.end(), s.status(), s.attempts(), s.retries() + (e.path("retry_in").isNull()
                        || e.path("retry_in").isMissingNode() ? 0 : 1), s.polls(), s.lastObserved(), s.error()));
                case "polled" -> update(e.path("step").asText(), s -> new StepRow(s.id(), s.phase(), s.kind(), s.action(),
                        s.start(), s.end(), s.status(), s.attempts(), s.retries(), e.path("poll").asInt(), text(e, "observed"), s.error()));
                case "step_finished" -> {
                    String id = e.path("step").asText();
                    String status = e.path("status").asText();
                    update(id, s -> new StepRow(s.id(), s.phase(), s.kind(), s.action(), s.start(), t, status,
                            e.path("attempts").asInt(), s.retries(), s.polls(), s.lastObserved(), text(e, "error")));
                    if (!"succeeded".equals(status)) {
                        timeline.add(new Entry(t, "step " + id + " " + status + (text(e, "error") == null ? "" : ": " + text(e, "error"))));
                    }
                }
                case "approval" -> {
                    Approval a = new Approval(e.path("step").asText(), t, e.path("approved").asBoolean(), text(e, "who"), text(e, "how"));
                    approvals.add(a);
                    timeline.add(new Entry(t, "manual step " + a.step() + (a.approved() ? " approved" + by(a.who()) : " not approved")
                            + (a.how() == null ? "" : " (" + a.how() + ")")));
                }
                case "said" -> timeline.add(new Entry(t, "[" + e.path("channel").asText() + "] " + e.path("message").asText()));
                case "budget_exceeded" -> timeline.add(new Entry(t, "phase " + e.path("phase").asText() + " passed its budget of "
                        + e.path("budget").asText()));
                case "rto_exceeded" -> timeline.add(new Entry(t, "the run passed its RTO of " + e.path("rto").asText()));
                case "rollback_started" -> timeline.add(new Entry(t, "rollback started: " + e.path("cause").asText()));
                case "run_finished" -> {
                    status = e.path("status").asText();
                    ended = at;
                    elapsed = t;
                    timeline.add(new Entry(t, "run " + status.replace('_', ' ')
                            + (text(e, "reason") == null ? "" : ": " + text(e, "reason"))));
                }
                default -> { }
            }
        }

        private void update(String id, java.util.function.UnaryOperator<StepRow> change) {
            StepRow row = steps.get(id);
            if (row != null) {
                steps.put(id, change.apply(row));
            }
        }

        RunReport build() {
            if (runId == null) {
                throw new IllegalArgumentException("the journal has no run_started event");
            }
            String verdict;
            if (rto == null) {
                verdict = "no RTO declared";
            } else if (!"succeeded".equals(status)) {
                verdict = "not recovered (RTO " + Durations.format(rto) + ")";
            } else {
                verdict = elapsed.compareTo(rto) <= 0 ? "met: " + Durations.format(elapsed) + " of " + Durations.format(rto)
                        : "missed: " + Durations.format(elapsed) + " against " + Durations.format(rto);
            }
            return new RunReport(runId, playbook, file, simulated, startedBy, started, ended, status, elapsed, rto, verdict, rpo,
                    resumes, List.copyOf(phases.values()), List.copyOf(steps.values()), approvals, timeline);
        }

        private static String who(JsonNode e) {
            String user = text(e, "user");
            String host = text(e, "host");
            return user == null ? null : host == null ? user : user + "@" + host;
        }

        private static String by(String who) {
            return who == null ? "" : " by " + who;
        }

        private static Duration duration(JsonNode e, String field) {
            String text = text(e, field);
            return text == null ? null : Durations.parse(text).orElse(null);
        }

        private static String text(JsonNode e, String field) {
            JsonNode node = e.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }
    }
}
