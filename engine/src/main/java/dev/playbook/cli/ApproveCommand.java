package dev.playbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.action.Action;
import dev.playbook.action.ActionContext;
import dev.playbook.action.ActionException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Answer a manual step of an exported Step Functions runbook: the message published for the step "
                + "carries its task token. Approving continues the execution; --reject fails the step (its on_failure decides what follows).",
                "The same as `aws stepfunctions send-task-success` / `send-task-failure`.",
                "Exit 0 when Step Functions took the answer, 1 when it refused it (an expired or unknown token), 2 on usage errors."})
final class ApproveCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StandardOptions standard;

    @Option(names = "--task-token", required = true, paramLabel = "TOKEN", description = "The token from the step's message.")
    String taskToken;

    @Option(names = "--reject", description = "Fail the step instead of approving it.")
    boolean reject;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why: kept in the step's result (approve) or as the failure's cause (reject).")
    String comment;

    @Option(names = "--result", paramLabel = "JSON", description = "A JSON object added to the step's result, e.g. '{\"exit_code\": 0}' for a step run by hand.")
    String result;

    @Option(names = "--region", paramLabel = "REGION", description = "Region of the state machine; default: the SDK's region chain.")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile for credentials and region.")
    String profile;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Send the call to this endpoint; AWS_ENDPOINT_URL works too.")
    URI endpoint;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (taskToken.isBlank()) {
            err.println("error: --task-token is empty; copy the token from the step's message");
            return ExitCodes.USAGE;
        }
        String operation = reject ? "aws.sfn.sendTaskFailure" : "aws.sfn.sendTaskSuccess";
        Action action = AwsAccess.registry(dev.playbook.action.ActionRegistry.discover(), profile, endpoint, null).find(operation).orElseThrow();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("taskToken", taskToken);
        if (reject) {
            params.put("error", "Playbook.Rejected");
            params.put("cause", comment != null ? comment : "rejected by the operator");
        } else {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("approved", true);
            output.put("by", System.getProperty("user.name"));
            output.put("at", Instant.now().toString());
            if (comment != null) {
                output.put("comment", comment);
            }
            if (result != null) {
                try {
                    Map<?, ?> given = JSON.readValue(result, Map.class);
                    given.forEach((k, v) -> output.put(String.valueOf(k), v));
                } catch (JsonProcessingException | ClassCastException e) {
                    err.println("error: --result is not a JSON object: " + result);
                    err.println("  hint: quote it for the shell, e.g. --result '{\"exit_code\": 0}'");
                    return ExitCodes.USAGE;
                }
            }
            try {
                params.put("output", JSON.writeValueAsString(output));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the approval did not serialise", e);
            }
        }
        try {
            action.call(new OneCall(region), params);
        } catch (ActionException e) {
            err.println("error[approve]: Step Functions refused the answer: " + e.code() + ": " + e.getMessage());
            err.println("  hint: a token is good once and until the step times out; take the newest message of the step");
            err.flush();
            return ExitCodes.FAILED;
        }
        out.println(reject ? "rejected: the step fails and its on_failure decides what follows" : "approved: the execution continues");
        out.flush();
        return ExitCodes.OK;
    }

    /** The context of a call made outside a run. */
    private record OneCall(String region) implements ActionContext {

        @Override
        public String runId() {
            return "approve";
        }

        @Override
        public String stepId() {
            return "approve";
        }

        @Override
        public Duration timeout() {
            return Duration.ofMinutes(1);
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public void say(String channel, String message) {
            // A single call has no console view or journal to tell.
        }
    }
}
