package dev.playbook.model;

import java.util.List;

public record Metadata(String name, String title, String version, String description, List<String> owners,
                       String severity, List<String> escalation, List<String> tags, Review review, SourcePos pos) {

    public Metadata {
        owners = List.copyOf(owners);
        escalation = List.copyOf(escalation);
        tags = List.copyOf(tags);
    }
}
