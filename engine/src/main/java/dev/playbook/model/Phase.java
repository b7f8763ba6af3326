package dev.playbook.model;

import java.time.Duration;
import java.util.List;

public record Phase(String id, String title, String description, Duration budget, List<Step> steps, SourcePos pos) {

    public Phase {
        steps = List.copyOf(steps);
    }
}
