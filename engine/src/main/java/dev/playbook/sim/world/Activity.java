package dev.playbook.sim.world;

import java.time.Instant;

/** A scaling activity (launch or terminate) as describe-scaling-activities lists it. */
public final class Activity {

    final String id;
    final String description;
    final String cause;
    final Instant start;
    Instant end;
    String statusCode = "InProgress";
    int progress = 30;

    Activity(String id, String description, String cause, Instant start) {
        this.id = id;
        this.description = description;
        this.cause = cause;
        this.start = start;
    }

    void finish(Instant at) {
        end = at;
        statusCode = "Successful";
        progress = 100;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String cause() {
        return cause;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public String statusCode() {
        return statusCode;
    }

    public int progress() {
        return progress;
    }
}
