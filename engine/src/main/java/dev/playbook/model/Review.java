package dev.playbook.model;

import java.time.LocalDate;

public record Review(LocalDate last, LocalDate next, SourcePos nextPos) {
}
