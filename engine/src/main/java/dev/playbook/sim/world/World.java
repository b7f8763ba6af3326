package dev.playbook.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The simulated AWS world a world file declares: its regions, their databases, application
 * servers, load balancers, caches and DNS. Every look goes through {@link #at}, which first
 * brings the world forward to the caller's time, so state only changes on the run's clock.
 * One lock guards everything: parallel branches of a run see a consistent world.
 *
 * <p>Randomness (durations, instance ids, which target answers a request) comes from one seeded
 * generator and the run's deterministic scheduler calls in a fixed order, so a seed replays the
 * same drill.
 */
public final class World {

    private final WorldFile file;
    private final Account account;
    private final Timeline timeline;
    private final Random random;
    private final Timings timings;
    private final List<WorldEvent> events = new ArrayList<>();
    private final List<Runnable> observers = new ArrayList<>();
    private final Regions regions = new Regions();
    private final Rds rds = new Rds(this);
    private final AutoScaling autoScaling = new AutoScaling(this);
    private final LaunchTemplates launchTemplates = new LaunchTemplates(this);
    private final LoadBalancers loadBalancers = new LoadBalancers();
    private final Route53 route53 = new Route53(this);
    private final ElastiCache elastiCache = new ElastiCache(this);
    private final Apps apps = new Apps();
    private final Throttles throttles = new Throttles();

    public World(WorldFile file, Instant start, long seed, Timings timings) {
        this.file = file;
        this.account = new Account(file.account(), file);
        this.timeline = new Timeline(start);
        this.random = new Random(seed);
        this.timings = timings;
        WorldBuilder.build(this, file);
    }

    /** The file the world was built from: its regions, topology and names. */
    public WorldFile file() {
        return file;
    }

    public Account account() {
        return account;
    }

    /** What the file says of {@code region}; the region of a call the world has already accepted. */
    WorldFile.Region regionFile(String region) {
        return file.region(region).orElseThrow(() -> AwsError.client("InvalidParameterValue", "the world has no region " + region));
    }

    /**
     * The security group the application servers of {@code region} reach their database through
     * (the region's default security group where the file names no servers).
     */
    public String serversSecurityGroup(String region) {
        return file.application().servers().stream().filter(s -> s.region().equals(region)).map(WorldFile.Servers::securityGroup)
                .findFirst().orElseGet(() -> regionFile(region).defaultSecurityGroup());
    }

    /** Brings the world to {@code now}, then runs {@code look} (which may change it) under the world's lock. */
    public synchronized <T> T at(Instant now, Supplier<T> look) {
        advanceTo(now);
        T result = look.get();
        changed();
        return result;
    }

    public synchronized void advanceTo(Instant now) {
        timeline.advanceTo(now, this::changed);
    }

    /** Called after every change, so that derived state (replication, health history) can follow. */
    public synchronized void observe(Runnable observer) {
        observers.add(observer);
    }

    private void changed() {
        rds.followReplication();
        observers.forEach(Runnable::run);
    }

    public Instant now() {
        return timeline.now();
    }

    /** A sample of the named duration (see {@link Timings}). */
    public Duration sample(String timing) {
        return timings.sample(timing, random);
    }

    public Random random() {
        return random;
    }

    /** Schedules {@code change} after a sample of {@code timing}; returns the delay chosen. */
    Duration after(String timing, Runnable change) {
        Duration delay = sample(timing);
        timeline.after(delay, change);
        return delay;
    }

    public void schedule(Instant when, Runnable change) {
        timeline.at(when, change);
    }

    public void note(WorldEvent.Kind kind, String text) {
        events.add(new WorldEvent(now(), kind, text));
    }

    public synchronized List<WorldEvent> events() {
        return List.copyOf(events);
    }

    public Regions regions() {
        return regions;
    }

    public Rds rds() {
        return rds;
    }

    public AutoScaling autoScaling() {
        return autoScaling;
    }

    public LaunchTemplates launchTemplates() {
        return launchTemplates;
    }

    public LoadBalancers loadBalancers() {
        return loadBalancers;
    }

    public Route53 route53() {
        return route53;
    }

    public ElastiCache elastiCache() {
        return elastiCache;
    }

    public Apps apps() {
        return apps;
    }

    public Throttles throttles() {
        return throttles;
    }

    /** A duration as the timeline shows it, to the second. */
    static String shown(Duration d) {
        return dev.playbook.model.Durations.format(d.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** A fresh hex id for instances, changes and requests. */
    String hex(int digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }
}
