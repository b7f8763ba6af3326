package dev.playbook.cli;

import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.run.Journal;
import java.util.List;

/** What changed in a playbook since a run started, as far as the run is concerned: the steps it finished that are gone. */
final class PlaybookChanges {

    private PlaybookChanges() {
    }

    /** {@code ": finished steps no longer in the playbook (renamed or removed): a, b"}, or empty. */
    static String summary(Journal journal, Playbook playbook) {
        List<String> ids = playbook.allSteps().stream().map(Step::id).toList();
        List<String> gone = journal.finished().keySet().stream().filter(id -> !ids.contains(id)).toList();
        List<String> inFlightGone = journal.inFlight().stream().filter(id -> !ids.contains(id)).toList();
        StringBuilder out = new StringBuilder();
        if (!gone.isEmpty()) {
            out.append("; finished steps no longer in the playbook (renamed or removed): ").append(String.join(", ", gone));
        }
        if (!inFlightGone.isEmpty()) {
            out.append("; steps in flight that are no longer in the playbook: ").append(String.join(", ", inFlightGone));
        }
        long added = ids.stream().filter(id -> !journal.finished().containsKey(id) && !journal.inFlight().contains(id)).count();
        return out.append(out.isEmpty() ? "; no finished step was renamed or removed" : "").append("; ").append(added)
                .append(added == 1 ? " step" : " steps").append(" not run yet").toString();
    }
}
