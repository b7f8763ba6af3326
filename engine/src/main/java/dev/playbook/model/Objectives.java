package dev.playbook.model;

import java.time.Duration;

/** Recovery time and recovery point objectives; either may be null. */
public record Objectives(Duration rto, Duration rpo, SourcePos pos) {
}
