package dev.playbook.model;

import java.time.Duration;

/** The fields every step kind shares. Optional fields are null when absent. */
public record StepCommon(String id, SourcePos idPos, Template title, String description, Expression when,
                         Duration timeout, Retry retry, OnFailure onFailure, Template region, SourcePos pos) {
}
