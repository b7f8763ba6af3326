package dev.playbook.sim.scenario;

import dev.playbook.model.SourcePos;
import dev.playbook.sim.world.Throttles;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Something that goes wrong in the world at a time relative to the start of the run ({@code at},
 * negative for before it: the incident usually began before anyone opened the playbook).
 */
public sealed interface Fault {

    Duration at();

    SourcePos pos();

    /** The fault's kind as scenario files spell it. */
    String kind();

    /** One line for the drill's timeline. */
    String describe();

    /** Changes the world; runs at {@code at} on the world's timeline. */
    void apply(World world);

    /** Every service of the region stops answering, for {@code lasting} (null: to the end of the run). */
    record RegionOutage(Duration at, SourcePos pos, String region, Duration lasting) implements Fault {
        public String kind() {
            return "region-outage";
        }

        public String describe() {
            return "region " + region + " goes down" + (lasting == null ? "" : " for " + dev.playbook.model.Durations.format(lasting));
        }

        public void apply(World world) {
            world.regions().outage(region);
            if (lasting != null) {
                world.schedule(world.now().plus(lasting), () -> world.regions().recover(region));
            }
        }
    }

    /** The machine under a database dies: RDS reports it failed and a reboot cannot bring it back. */
    record DatabaseHardwareFailure(Duration at, SourcePos pos, String region, String database) implements Fault {
        public String kind() {
            return "database-hardware-failure";
        }

        public String describe() {
            return "hardware failure under " + database + " (" + region + ")";
        }

        public void apply(World world) {
            world.rds().hardwareFailure(world.rds().get(region, database));
        }
    }

    /** A database stops answering while RDS still reports it available; a reboot clears it. */
    record DatabaseHang(Duration at, SourcePos pos, String region, String database) implements Fault {
        public String kind() {
            return "database-hang";
        }

        public String describe() {
            return database + " (" + region + ") stops answering: connections time out";
        }

        public void apply(World world) {
            world.rds().hang(world.rds().get(region, database));
        }
    }

    /** Instances of a group start failing their health checks (and answering errors). */
    record InstancesFailHealthChecks(Duration at, SourcePos pos, String region, String group, int count) implements Fault {
        public String kind() {
            return "instances-fail-health-checks";
        }

        public String describe() {
            return count + (count == 1 ? " instance" : " instances") + " of " + group + " (" + region + ") start failing health checks";
        }

        public void apply(World world) {
            world.autoScaling().failInstances(world.autoScaling().get(region, group), count);
        }
    }

    /** A cache node's machine is lost. */
    record CacheNodeLoss(Duration at, SourcePos pos, String region, String node) implements Fault {
        public String kind() {
            return "cache-node-loss";
        }

        public String describe() {
            return "cache node " + node + " (" + region + ") lost";
        }

        public void apply(World world) {
            world.elastiCache().loseNode(world.elastiCache().cluster(region, node));
        }
    }

    /** Bad data is written to a database from this moment (a bad deploy, a deleted table); replicas copy it. */
    record DataCorruption(Duration at, SourcePos pos, String region, String database, String cause) implements Fault {
        public String kind() {
            return "data-corruption";
        }

        public String describe() {
            return "data in " + database + " (" + region + ") corrupted" + (cause == null ? "" : ": " + cause);
        }

        public void apply(World world) {
            world.rds().corrupt(world.rds().get(region, database));
        }
    }

    /** AWS throttles a share of a service's calls (in a region, for some operations) for a while. */
    record ApiThrottling(Duration at, SourcePos pos, String service, String region, List<String> operations, double rate,
                         Duration lasting) implements Fault {
        public String kind() {
            return "api-throttling";
        }

        public String describe() {
            return "AWS throttles " + Math.round(rate * 100) + "% of " + service
                    + (operations.isEmpty() ? "" : " " + String.join(", ", operations)) + " calls"
                    + (region == null ? "" : " in " + region) + (lasting == null ? "" : " for " + dev.playbook.model.Durations.format(lasting));
        }

        public void apply(World world) {
            Instant until = lasting == null ? null : world.now().plus(lasting);
            world.throttles().add(new Throttles.Throttle(service, region, operations, rate, until));
        }
    }
}
