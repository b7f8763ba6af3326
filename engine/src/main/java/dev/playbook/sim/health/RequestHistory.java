package dev.playbook.sim.health;

import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to user requests over time, wherever DNS sent them: the share that failed and
 * the database that took their writes. The world only changes at discrete moments, so a segment
 * starts whenever either differs from the one before, and windows are integrated exactly. Unlike
 * CloudWatch, this sees both regions at once, and a region that is down (every request fails).
 */
public final class RequestHistory {

    /** From {@code at} on, until the next segment: the failing share, and the database that took writes (null: none did). */
    record Segment(Instant at, double errorShare, DbInstance writer) {

        boolean sameAs(double share, DbInstance db) {
            return errorShare == share && writer == db;
        }
    }

    /** Writes lost: how much time's worth, and the span they fall in (null when none were lost). */
    public record Loss(Duration amount, Instant first, Instant last, String lostOn) {
    }

    private final World world;
    private final List<Segment> segments = new ArrayList<>();

    private RequestHistory(World world) {
        this.world = world;
    }

    /** A history that follows {@code world} from now on. */
    public static RequestHistory follow(World world) {
        RequestHistory history = new RequestHistory(world);
        history.record();
        world.observe(history::record);
        return history;
    }

    /** The database production's writes go to now (wherever DNS sends users), or null when users reach none. */
    public DbInstance productionDatabase() {
        LoadBalancer lb = HealthModel.portal(world);
        if (lb == null) {
            return null;
        }
        Backend b = HealthModel.serving(world, lb).backend();
        return world.rds().find(b.databaseRegion(), b.database());
    }

    private synchronized void record() {
        LoadBalancer lb = HealthModel.portal(world);
        double share = 1.0;
        DbInstance writer = null;
        if (lb != null) {
            Serving s = HealthModel.serving(world, lb);
            share = s.errorShare();
            if (s.reachable() && s.inRotation() > s.failing() && s.backend().databaseWritable()) {
                writer = world.rds().find(s.backend().databaseRegion(), s.backend().database());
            }
        }
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.sameAs(share, writer)) {
            return;
        }
        if (last != null && last.at().equals(world.now())) {
            segments.remove(segments.size() - 1);
        }
        segments.add(new Segment(world.now(), share, writer));
    }

    /** The share (0..1) of user requests that failed between {@code from} and {@code to} (traffic is steady). */
    public synchronized double errorShare(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return at(from).errorShare();
        }
        double failed = 0;
        for (int i = 0; i < segments.size(); i++) {
            Instant start = max(segments.get(i).at(), from);
            Instant end = min(i + 1 < segments.size() ? segments.get(i + 1).at() : to, to);
            if (end.isAfter(start)) {
                failed += segments.get(i).errorShare() * Duration.between(start, end).toMillis();
            }
        }
        return failed / Duration.between(from, to).toMillis();
    }

    /**
     * The moment from which requests fail below {@code threshold} through {@code until}, or null
     * when they did not by then.
     */
    public synchronized Instant healthySince(double threshold, Instant until) {
        Instant since = null;
        for (Segment s : segments) {
            if (s.at().isAfter(until)) {
                break;
            }
            if (s.errorShare() < threshold) {
                since = since == null ? s.at() : since;
            } else {
                since = null;
            }
        }
        return since;
    }

    /** The writes that {@code survivor} does not hold, up to {@code until}; none when every write is in it. */
    public synchronized Loss lostWrites(DbInstance survivor, Instant until) {
        Duration amount = Duration.ZERO;
        Instant first = null;
        Instant last = null;
        String on = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Instant end = min(i + 1 < segments.size() ? segments.get(i + 1).at() : until, until);
            if (s.writer() == null || !end.isAfter(s.at())) {
                continue;
            }
            Instant held = survivor.holdsWritesOf(s.writer(), until);
            Instant lostFrom = held == null ? s.at() : max(s.at(), held);
            if (end.isAfter(lostFrom)) {
                amount = amount.plus(Duration.between(lostFrom, end));
                first = first == null ? lostFrom : first;
                last = end;
                on = s.writer().id();
            }
        }
        return new Loss(amount, first, last, on);
    }

    private Segment at(Instant t) {
        Segment found = segments.get(0);
        for (Segment s : segments) {
            if (s.at().isAfter(t)) {
                break;
            }
            found = s;
        }
        return found;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
