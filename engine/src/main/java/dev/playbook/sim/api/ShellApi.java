package dev.playbook.sim.api;

import dev.playbook.action.ActionException;
import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.DbInstance;
import dev.playbook.sim.world.ScalingGroup;
import dev.playbook.sim.world.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runbook's {@code shell} steps in the simulated world, where no psql or terraform exists.
 * psql connects to a simulated database by its endpoint (the operator's bastion reaches it
 * whatever its security groups) and answers queries; {@code terraform apply} of the secondary
 * stack sets the secondary region's group to {@code compute_desired_capacity}. Other programs are
 * not simulated: a scenario stub can answer for them. Results have the built-in's shape
 * (exit_code, stdout, stderr) and a non-zero exit fails the step unless {@code check: false}.
 */
final class ShellApi {

    private static final Duration PSQL_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final long USERS = 48_213;

    private ShellApi() {
    }

    static void register(Map<String, Handler> handlers) {
        handlers.put("shell", ShellApi::run);
    }

    private static Reply run(Call c) {
        List<String> argv = argv(c.params());
        if (argv.isEmpty()) {
            return Reply.failure(Duration.ZERO, new ActionException("InvalidParameter", "shell: with.command or with.argv must be given", false));
        }
        String program = argv.get(0).replaceFirst(".*/", "");
        Outcome outcome = switch (program) {
            case "psql" -> psql(c.world(), argv);
            case "terraform" -> terraform(c.world(), argv);
            default -> null;
        };
        if (outcome == null) {
            return Reply.failure(Duration.ZERO, new ActionException("NotSimulated", "not simulated: shell `" + program
                    + "`; the simulator runs psql and terraform apply only. Give the scenario a stub: {action: shell, with: {argv: ["
                    + program + "]}, result: {exit_code: 0, stdout: ..., stderr: ''}} (docs/simulator.md, Stubs)", false));
        }
        Map<String, Object> result = Tree.of("exit_code", (long) outcome.exit, "stdout", outcome.stdout, "stderr", outcome.stderr);
        if (outcome.exit != 0 && !Boolean.FALSE.equals(c.params().get("check"))) {
            return Reply.failure(outcome.took, new ActionException("NonZeroExit", "exit code " + outcome.exit + ": " + outcome.stderr.strip(), false));
        }
        return Reply.of(outcome.took, result);
    }

    private record Outcome(int exit, String stdout, String stderr, Duration took) {
    }

    private static Outcome psql(World world, List<String> argv) {
        String host = null;
        List<String> commands = new ArrayList<>();
        boolean tuplesOnly = false;
        for (int i = 1; i < argv.size(); i++) {
            String arg = argv.get(i);
            String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
            if (arg.equals("-h") || arg.equals("--host")) {
                host = next;
                i++;
            } else if (arg.startsWith("--host=")) {
                host = arg.substring("--host=".length());
            } else if (arg.equals("-c") || arg.equals("--command")) {
                commands.add(next);
                i++;
            } else if (arg.matches("-[A-Za-z]*t[A-Za-z]*") && !arg.startsWith("--")) {
                tuplesOnly = true;
            }
        }
        DbInstance db = host == null ? null : world.rds().byEndpoint(host);
        if (db == null) {
            return new Outcome(2, "", "psql: error: could not translate host name \"" + host + "\" to address: Name or service not known\n",
                    Duration.ofMillis(20));
        }
        if (!db.serving() || !world.regions().up(db.region())) {
            return new Outcome(2, "", "psql: error: connection to server at \"" + host + "\" (10.0.12.7), port 5432 failed: Connection timed out\n",
                    PSQL_CONNECT_TIMEOUT);
        }
        StringBuilder out = new StringBuilder();
        boolean timing = false;
        Duration took = Duration.ZERO;
        for (String command : commands) {
            String sql = command == null ? "" : command.strip();
            if (sql.equals("\\timing on")) {
                timing = true;
                out.append("Timing is on.\n");
                continue;
            }
            Duration query = world.sample("psql-query");
            took = took.plus(query);
            String upper = sql.toUpperCase(Locale.ROOT);
            if (upper.matches("(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE)\\b.*") && !db.writable()) {
                return new Outcome(3, out.toString(), "ERROR:  cannot execute " + upper.split("\\s")[0] + " in a read-only transaction\n", took);
            }
            if (upper.startsWith("SELECT COUNT(*) FROM USERS")) {
                out.append(tuplesOnly ? USERS + "\n" : " count \n-------\n " + USERS + "\n(1 row)\n\n");
            }
            if (timing) {
                out.append(String.format(Locale.ROOT, "Time: %.3f ms%n", query.toNanos() / 1e6));
            }
        }
        return new Outcome(0, out.toString(), "", took);
    }

    private static Outcome terraform(World world, List<String> argv) {
        if (argv.size() < 2 || !argv.get(1).equals("apply")) {
            return null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (String arg : argv) {
            if (arg.startsWith("-var=") && arg.contains("=")) {
                String pair = arg.substring("-var=".length());
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    vars.put(pair.substring(0, eq), pair.substring(eq + 1).replace("'", ""));
                }
            }
        }
        Duration took = world.sample("terraform-apply");
        String region = vars.get("aws_primary_region");
        List<ScalingGroup> groups = region == null ? List.of() : world.autoScaling().in(region);
        if (region == null || groups.isEmpty() || !world.regions().up(region)) {
            return new Outcome(1, "", "Error: the secondary stack needs -var=aws_primary_region=<a region with the pre-provisioned group>; got "
                    + region + "\n", took);
        }
        try {
            int capacity = Integer.parseInt(vars.getOrDefault("compute_desired_capacity", String.valueOf(groups.get(0).desired())));
            world.autoScaling().setDesiredCapacity(region, groups.get(0).name(), capacity);
        } catch (NumberFormatException | AwsError e) {
            return new Outcome(1, "", "Error: compute_desired_capacity: " + e.getMessage() + "\n", took);
        }
        return new Outcome(0, "Apply complete! Resources: 0 added, 1 changed, 0 destroyed.\n", "", took);
    }

    private static List<String> argv(Map<String, Object> params) {
        Object argv = params.get("argv");
        if (argv instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        Object command = params.get("command");
        return command == null ? List.of() : Arrays.asList(String.valueOf(command).strip().split("\\s+"));
    }
}
