package dev.playbook.sim.world;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The AWS account of a world: its id in every ARN, and the per-region ids AWS puts in endpoint
 * names (RDS and ElastiCache endpoints carry one id per account and region).
 */
public record Account(String id, WorldFile file) {

    public String arn(String service, String region, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + id + ":" + resource;
    }

    /** {@code <id>.<rds id>.<region>.rds.amazonaws.com} without the instance id. */
    String rdsEndpointSuffix(String region) {
        return file.region(region).map(WorldFile.Region::rdsEndpointId).orElse(stableId(region, 12)) + "." + region + ".rds.amazonaws.com";
    }

    /** {@code <cache id>.<region>.cache.amazonaws.com}, what follows a cache cluster's or group's name. */
    String cacheEndpointSuffix(String region) {
        return file.region(region).map(WorldFile.Region::cacheEndpointId).orElse(stableId(region, 6)) + "." + region.replace("-", "")
                + ".cache.amazonaws.com";
    }

    /** A UUID that stays the same for the same name, as AWS's stay the same for a resource. */
    static String uuidFor(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A stable lowercase hex id of {@code digits} digits derived from {@code name}. */
    static String stableId(String name, int digits) {
        return uuidFor(name).replace("-", "").substring(0, digits);
    }
}
