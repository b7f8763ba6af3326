package dev.playbook.sim.drill;

import dev.playbook.sim.health.Backend;
import dev.playbook.sim.health.HealthModel;
import dev.playbook.sim.health.Serving;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.LoadBalancer;
import dev.playbook.sim.world.World;
import dev.playbook.verdict.CriteriaJudge;
import dev.playbook.verdict.CriterionResult;
import java.util.List;

/**
 * Whether the world is healthy, as the runbook's smoke tests define it: the portal's name leads
 * to a region that is up and a load balancer whose servers answer /health with 200, the database
 * behind them takes writes, and the share of failing requests is under the runbook's strictest
 * threshold ("Target 5XX rate < 0.1%").
 */
public final class WorldHealth {

    public static final double ERROR_RATE_THRESHOLD = 0.001;

    private WorldHealth() {
    }

    public static List<CriterionResult> assess(World world) {
        LoadBalancer lb = HealthModel.portal(world);
        var endpoint = world.file().application().endpoints().get(0);
        String url = "https://" + endpoint.host() + endpoint.healthPath();
        if (lb == null) {
            // The name leads nowhere: the database of the servers the world file lists first is judged.
            return List.of(portal("no answer", false, endpoint.host() + " resolves to no load balancer"),
                    database(HealthModel.backend(world, world.file().application().servers().get(0).region()), world),
                    errorRate(1.0, ": the name leads nowhere"));
        }
        Serving s = HealthModel.serving(world, lb);
        return List.of(portal(url, lb, s), database(s.backend(), world), errorRate(s));
    }

    private static CriterionResult portal(String answer, boolean passed, String detail) {
        return CriterionResult.measured("portal answers", "", answer, passed, detail);
    }

    private static CriterionResult portal(String url, LoadBalancer lb, Serving s) {
        String via = " via " + lb.name() + " (" + lb.region() + ")";
        if (!s.reachable()) {
            return portal("no answer", false, url + " leads to " + lb.name() + " in " + lb.region() + ", which is down");
        }
        if (s.inRotation() == 0) {
            return portal("503", false, url + " answers 503" + via + ": no healthy targets");
        }
        if (s.failing() == s.inRotation()) {
            return portal("500", false, url + " answers 500" + via + ": every target is failing");
        }
        if (!s.backend().databaseReachable()) {
            return portal("503", false, url + " answers 503" + via + ": database " + s.backend().database() + " unreachable");
        }
        return portal("200", true, url + " answers 200" + via + ", " + s.inRotation() + " healthy targets");
    }

    private static CriterionResult database(Backend b, World world) {
        String name = "database " + b.database() + " (" + b.databaseRegion() + ")";
        if (b.databaseWritable()) {
            return CriterionResult.measured("database writable", "", "writable", true, name + " takes writes");
        }
        DbInstance db = world.rds().find(b.databaseRegion(), b.database());
        String why;
        if (db == null) {
            why = "does not exist";
        } else if (!world.regions().up(db.region())) {
            why = "is in " + db.region() + ", which is down";
        } else if (db.failure() == DbInstance.Failure.HARDWARE) {
            why = "has failed (hardware)";
        } else if (db.failure() == DbInstance.Failure.HUNG) {
            why = "does not answer";
        } else if (db.source() != null) {
            why = "is still a read replica of " + db.source().id() + (world.rds().promoting(db) ? " (promotion under way, " + db.status() + ")" : "");
        } else if (!db.serving()) {
            why = "is " + db.status();
        } else {
            why = "is not reachable from the application servers (security groups " + db.securityGroups() + ")";
        }
        return CriterionResult.measured("database writable", "", "not writable", false, name + " " + why);
    }

    private static CriterionResult errorRate(Serving s) {
        double share = s.errorShare();
        return errorRate(share, share > 0 ? causes(s) : "");
    }

    private static CriterionResult errorRate(double share, String causes) {
        return CriterionResult.measured("error rate at the end", "< " + CriteriaJudge.percent(ERROR_RATE_THRESHOLD), CriteriaJudge.percent(share),
                share < ERROR_RATE_THRESHOLD, "of user requests fail (the runbook's strictest threshold, Target 5XX rate < 0.1%)" + causes);
    }

    private static String causes(Serving s) {
        StringBuilder out = new StringBuilder(":");
        if (!s.reachable()) {
            return out.append(" the region is down").toString();
        }
        if (s.inRotation() == 0) {
            return out.append(" no healthy targets").toString();
        }
        if (s.failing() > 0) {
            out.append(" ").append(s.failing()).append(" of ").append(s.inRotation()).append(" targets failing;");
        }
        Backend b = s.backend();
        if (!b.databaseReachable()) {
            out.append(" database unreachable;");
        } else {
            if (!b.databaseWritable()) {
                out.append(" writes fail (read-only database);");
            }
            if (b.dataCorrupted()) {
                out.append(" corrupted data in ").append(b.database()).append(";");
            }
        }
        if (!b.cacheServing()) {
            out.append(" cache ").append(b.cache()).append(" not serving;");
        }
        return out.substring(0, out.length() - 1);
    }
}
