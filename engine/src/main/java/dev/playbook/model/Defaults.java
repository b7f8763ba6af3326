package dev.playbook.model;

import java.time.Duration;

/** Playbook-wide defaults for steps; every field may be null. */
public record Defaults(Duration timeout, Template region, Retry retry, OnFailure onFailure) {

    public static final Defaults NONE = new Defaults(null, null, null, null);
}
